import { useCallback, useSyncExternalStore } from 'react';

// Other windows announce a change with a `storage` event; this window tells its own listeners.
const listeners = new Set<() => void>();
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/**
 * A setting remembered on this computer (localStorage) and shared live by every window of the
 * app: the console and the presentation window see the same value, and follow when it changes.
 * `null` removes it.
 */
export function useStoredValue(key: string): [string | null, (value: string | null) => void] {
  const stored = useSyncExternalStore(subscribe, () => localStorage.getItem(key));
  const update = useCallback(
    (value: string | null) => {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
      for (const listener of listeners) listener();
    },
    [key],
  );
  return [stored, update];
}
