import { useEffect } from 'react';

/**
 * Loads the code of a page the user is likely to open next once the browser is idle, so opening
 * it does not wait for its code (the dashboard's charts, say). Where the browser cannot tell
 * when it is idle (tests), nothing is loaded ahead.
 */
export function usePreload(load: () => Promise<unknown>): void {
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    const id = window.requestIdleCallback(() => void load());
    return () => window.cancelIdleCallback(id);
  }, [load]);
}
