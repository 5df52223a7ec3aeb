import { stale } from '@shared/errors';

// Text edited in two windows at once: each save says which saved text it started from
// (`expected`), and a save based on text that has changed since is refused with the text as it
// is saved now, so nobody's words are replaced without them seeing it. A save that changes
// nothing, or that writes what is already saved, never conflicts.

const QUOTE_MAX = 200;

function quoted(text: string): string {
  if (text.trim() === '') return 'It is now empty.';
  const short = text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX)}…` : text;
  return `It now reads: “${short}”.`;
}

/**
 * Refuses to replace `stored` with `next` when the caller's copy started from other text.
 * `what` names the text in a sentence, e.g. “These notes were” or “This card was”.
 */
export function assertNotStale(
  field: string,
  what: string,
  stored: string,
  next: string | undefined,
  expected: string | undefined,
): void {
  if (next === undefined || expected === undefined) return;
  if (stored === expected || stored === next) return;
  throw stale(
    `${what} changed in another window while you were editing. ${quoted(stored)} ` +
      'Your text is still here: save again to replace it with yours, or take the saved text.',
    field,
    stored,
  );
}
