import { AppError } from '@shared/errors';
import { useCallback, useState } from 'react';

/**
 * The saved text an edit form started from, for saves that say so (`expected`). When another
 * window saved other text meanwhile, the save is refused with that text in its message and the
 * form keeps the user's words; the base then moves to the newer text, so saving again replaces
 * it knowingly.
 */
export function useEditBase(initial: string) {
  const [base, setBase] = useState(initial);
  return useCallback(
    async <T>(save: (expected: string) => Promise<T>): Promise<T> => {
      try {
        return await save(base);
      } catch (reason) {
        if (reason instanceof AppError && reason.code === 'stale' && reason.current !== undefined) {
          setBase(reason.current);
        }
        throw reason;
      }
    },
    [base],
  );
}
