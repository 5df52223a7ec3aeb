import { useStoredValue } from '@renderer/hooks/use-stored-value';
import { useCallback } from 'react';

const storageKey = (sessionId: string) => `threadline.insights-on-screen.${sessionId}`;

/**
 * Whether the facilitator shows a retro's insights on the shared screen, at its Close stage.
 * Off until chosen; kept on this computer, so the presentation window follows at once.
 */
export function useInsightsOnScreen(sessionId: string): [boolean, (shown: boolean) => void] {
  const [stored, store] = useStoredValue(storageKey(sessionId));
  const show = useCallback((shown: boolean) => store(shown ? 'shown' : null), [store]);
  return [stored === 'shown', show];
}
