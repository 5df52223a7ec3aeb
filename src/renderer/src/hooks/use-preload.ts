import { useEffect } from 'react';

/**
 * Loads the code of a page the user is likely to open next, so opening it does not wait for its
 * code (the dashboard's charts, say). It starts once this page is `shown` and the browser is
 * idle: a browser waiting for this page's data is idle too, and fetching and parsing the next
 * page's code then would hold this one up. Where the browser cannot tell when it is idle
 * (tests), nothing is loaded ahead.
 */
export function usePreload(load: () => Promise<unknown>, shown: boolean): void {
  useEffect(() => {
    if (!shown || typeof window.requestIdleCallback !== 'function') return;
    const id = window.requestIdleCallback(() => void load());
    return () => window.cancelIdleCallback(id);
  }, [load, shown]);
}
