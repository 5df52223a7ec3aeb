import { useEffect } from 'react';
import { Link, useLocation } from 'wouter';
import { type ScreenTarget, useShowOnScreen } from './mutations';
import { ScreenMessage } from './ScreenFrame';

/**
 * An address naming what to show (`#/present/<sessionId>`, `#/present/dashboard/<team>/<chart>`):
 * puts that on the shared screen, then follows the console from `#/present`, so a reload keeps
 * following instead of going back to it.
 */
export function ShowThenFollow({ target }: { target: ScreenTarget }) {
  const [, navigate] = useLocation();
  const { mutate, error } = useShowOnScreen();
  const key = JSON.stringify(target);
  useEffect(() => {
    mutate(JSON.parse(key) as ScreenTarget, {
      onSuccess: () => navigate('/present', { replace: true }),
    });
  }, [key, mutate, navigate]);
  return (
    <ScreenMessage>
      {error ? (
        <>
          <p>{error.message}</p>
          <Link href="/present" className="present-message-link">
            Show what the console shows
          </Link>
        </>
      ) : (
        <p>Connecting to the facilitator’s console…</p>
      )}
    </ScreenMessage>
  );
}
