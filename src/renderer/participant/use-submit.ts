import type { AppError } from '@shared/errors';
import type { ParticipantInput, ParticipantMethod } from '@shared/participant-contract';
import { useRef, useState } from 'react';
import { call, newKey } from './client';

/**
 * Sends one submission. Its idempotency key stays the same until it succeeds, so pressing the
 * button again after a dropped connection cannot enter it twice.
 */
export function useSubmit<M extends ParticipantMethod>(method: M, onDone: () => void) {
  const key = useRef(newKey());
  const [error, setError] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);
  async function submit(input: Omit<ParticipantInput<M>, 'key'>): Promise<boolean> {
    setPending(true);
    setError(null);
    try {
      await call(method, { ...input, key: key.current } as ParticipantInput<M>);
      key.current = newKey();
      onDone();
      return true;
    } catch (caught) {
      setError(caught as AppError);
      return false;
    } finally {
      setPending(false);
    }
  }
  return { submit, error, pending };
}
