import type { AppError } from '@shared/errors';
import { useEffect, useState } from 'react';

/**
 * The saved text an edit form started from, for saves that say so (`expected`). When another
 * window saved other text meanwhile, the save is refused (`stale`) with that text in its message
 * and the form keeps the user's words; the base then moves to the newer text, so saving again
 * replaces it knowingly.
 */
export function useEditBase(initial: string, error: AppError | null): string {
  const [base, setBase] = useState(initial);
  useEffect(() => {
    if (error?.code === 'stale' && error.current !== undefined) setBase(error.current);
  }, [error]);
  return base;
}
