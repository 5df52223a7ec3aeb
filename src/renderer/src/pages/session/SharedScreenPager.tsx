import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useTurnScreenPage } from '@renderer/pages/present/mutations';
import { useSharedScreen } from '@renderer/pages/present/queries';
import { memo } from 'react';

/**
 * The page of a long stage on the shared screen, turned from the console: shown while the shared
 * screen shows this retro on a stage with more than one page.
 */
export const SharedScreenPager = memo(function SharedScreenPager({
  sessionId,
}: {
  sessionId: string;
}) {
  const { shown, turn, error, pending } = useScreenPages(sessionId);
  if (!shown) return null;
  return (
    <fieldset className="screen-pager">
      <legend className="visually-hidden">Pages on the shared screen</legend>
      <button
        type="button"
        className="button quiet"
        aria-label="Previous page on the shared screen"
        disabled={pending || shown.page === 0}
        onClick={() => turn(-1)}
      >
        ‹
      </button>
      <span className="screen-pager-page" aria-live="polite">
        Shared screen: page {shown.page + 1} of {shown.pages}
      </span>
      <button
        type="button"
        className="button quiet"
        aria-label="Next page on the shared screen"
        disabled={pending || shown.page === shown.pages - 1}
        onClick={() => turn(1)}
      >
        ›
      </button>
      <ErrorBanner error={error} />
    </fieldset>
  );
});

/** The shared screen's pages when it shows this retro with more than one; `turn` moves them. */
export function useScreenPages(sessionId: string) {
  const screen = useSharedScreen();
  const turnPage = useTurnScreenPage();
  const data = screen.data;
  const shown =
    data?.show === 'session' && data.sessionId === sessionId && data.pages > 1 ? data : null;
  return {
    shown,
    turn: (by: -1 | 1) => {
      if (shown) turnPage.mutate({ by });
    },
    error: turnPage.error,
    pending: turnPage.isPending,
  };
}
