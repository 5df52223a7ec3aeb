import { useEffect, useRef } from 'react';

/** Keys meant for where the focus is: typing, a dialog, or a card's drag handle (its arrows). */
function keysTakenBy(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('dialog[open], [role="dialog"], [aria-roledescription="draggable"]') !== null
  );
}

export interface Shortcut {
  /** KeyboardEvent.key values, e.g. 'ArrowRight', 't'. */
  keys: string[];
  run: () => void;
}

/**
 * Single-key shortcuts that stay quiet while someone types, a dialog is open or a card moves,
 * and while `enabled` is false.
 */
export function useShortcuts(bindings: Shortcut[], enabled = true): void {
  const latest = useRef(bindings);
  latest.current = bindings;
  const on = useRef(enabled);
  on.current = enabled;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!on.current) return;
      if (event.altKey || event.ctrlKey || event.metaKey || keysTakenBy(event.target)) return;
      const shortcut = latest.current.find((binding) => binding.keys.includes(event.key));
      if (shortcut) {
        event.preventDefault();
        shortcut.run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
