import { AppError } from '@shared/errors';
import { useCallback, useState } from 'react';

export interface ActionState<Args extends unknown[], T> {
  run: (...args: Args) => Promise<T | undefined>;
  pending: boolean;
  error: AppError | undefined;
  clearError: () => void;
}

/** Runs a change, keeps its typed error for the form to show, and never throws to the UI. */
export function useAction<Args extends unknown[], T>(
  action: (...args: Args) => Promise<T>,
): ActionState<Args, T> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError>();
  const run = useCallback(
    async (...args: Args) => {
      setPending(true);
      setError(undefined);
      try {
        return await action(...args);
      } catch (reason) {
        setError(
          reason instanceof AppError
            ? reason
            : new AppError('internal', 'Something went wrong. Please try again.'),
        );
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [action],
  );
  return { run, pending, error, clearError: useCallback(() => setError(undefined), []) };
}
