import { plural } from '@shared/format';
import type { ReactNode } from 'react';

// A long text field takes whatever is typed or pasted, however long (no `maxLength` cutting a
// paste short unseen), and says how much of its limit is used; past the limit, by how much, and
// saving waits until it is shortened.

/** Whether a text fits its limit, and what the field says about it. */
export function textLimit(text: string, max: number): { over: number; note: string } {
  const over = text.length - max;
  return {
    over: Math.max(0, over),
    note:
      over > 0
        ? `${text.length} of ${max} characters: ${plural(over, 'character')} too many. Shorten it to save it.`
        : `${text.length} of ${max} characters.`,
  };
}

/**
 * The note under a field: the count when `always` or once the text nears its limit, an error
 * (read out as it appears) once it is past it. `id` is what the field's `aria-describedby` names.
 */
export function TextLimitNote({
  id,
  text,
  max,
  always = false,
  children,
}: {
  id: string;
  text: string;
  max: number;
  always?: boolean;
  /** More hint text, shown before the count while the text fits. */
  children?: ReactNode;
}) {
  const { over, note } = textLimit(text, max);
  if (over > 0) {
    return (
      <p id={id} className="field-error" role="alert">
        {note}
      </p>
    );
  }
  const nearLimit = text.length >= max * 0.8;
  if (!always && !nearLimit && !children) return null;
  return (
    <p id={id} className="field-hint">
      {children}
      {children && (always || nearLimit) && ' '}
      {(always || nearLimit) && note}
    </p>
  );
}
