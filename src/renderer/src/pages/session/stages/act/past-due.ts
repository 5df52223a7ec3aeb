import { localDate } from '@shared/calendar';
import { formatDate } from '@shared/format';
import { useState } from 'react';

/**
 * A due date already past is said to be so as soon as it is picked, and the first save with it is
 * held back, so it is kept only on purpose. `kept` is a date that needs no warning (the one an
 * edited action already had).
 */
export function usePastDueCheck(dueDate: string, kept: string | null = null) {
  const [acknowledged, setAcknowledged] = useState<string | null>(null);
  const past = dueDate !== '' && dueDate !== kept && dueDate < localDate();
  const warning = past
    ? `${formatDate(dueDate)} is already past. ${
        acknowledged === dueDate
          ? 'Saving keeps it.'
          : 'Pick a later date, or save again to keep this one.'
      }`
    : null;
  return {
    warning,
    /** True when a save may go ahead; the first try with a past date only confirms the warning. */
    maySave(): boolean {
      if (!past || acknowledged === dueDate) return true;
      setAcknowledged(dueDate);
      return false;
    },
  };
}
