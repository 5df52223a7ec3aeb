import type { MethodInput, MethodName, MethodResult } from '@shared/contract';
import { AppError } from '@shared/errors';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';

export interface QueryState<T> {
  data: T | undefined;
  error: AppError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Loads a contract query and reloads it whenever any window changes data. */
export function useQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): QueryState<MethodResult<M>> {
  const key = JSON.stringify(input);
  const [data, setData] = useState<MethodResult<M>>();
  const [error, setError] = useState<AppError>();
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);

  const load = useCallback(() => {
    const ticket = ++latest.current;
    api
      .call(method, JSON.parse(key) as MethodInput<M>)
      .then((value) => {
        if (ticket !== latest.current) return;
        setData(value);
        setError(undefined);
      })
      .catch((reason: unknown) => {
        if (ticket !== latest.current) return;
        setError(reason instanceof AppError ? reason : new AppError('internal', String(reason)));
      })
      .finally(() => {
        if (ticket === latest.current) setLoading(false);
      });
  }, [method, key]);

  useEffect(() => {
    load();
    return api.onEvent((event) => {
      if (event.name === 'data.changed') load();
    });
  }, [load]);

  return { data, error, loading, reload: load };
}
