import {
  contract,
  isMethodName,
  type MethodInput,
  type MethodName,
  type MethodResult,
} from '@shared/contract';
import {
  affects,
  type ChangeScope,
  namespaceOf,
  type QueryMethodName,
  REACHES_TEAM,
} from '@shared/contract-changes';
import { AppError } from '@shared/errors';
import {
  type QueryKey as AnyQueryKey,
  notifyManager,
  QueryClient,
  queryOptions,
  type UseMutationOptions,
  useMutation,
} from '@tanstack/react-query';
import type { ApiClient } from './client';

// Server state comes from the contract: a query's key is its method and input, and the key alone
// says what to call, so no page writes a fetch. Changes reach every window as `data.changed`,
// which refetches the queries the contract says the change `affects`, among those about the retro
// and team it concerns. The window that made a change shows the fresh view it answered with at
// once (see change-feed.ts).

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: AppError;
  }
}

type QueryKey<M extends QueryMethodName> = readonly [M, MethodInput<M>];

/** Anything a call can throw, as the typed error the UI shows. */
function toAppError(reason: unknown): AppError {
  return reason instanceof AppError
    ? reason
    : new AppError('internal', 'Something went wrong. Please try again.');
}

async function call<M extends MethodName>(
  api: ApiClient,
  method: M,
  input: MethodInput<M>,
): Promise<MethodResult<M>> {
  try {
    return await api.call(method, input);
  } catch (reason) {
    throw toAppError(reason);
  }
}

/**
 * The one QueryClient of a window. Data is fresh until a change says otherwise, so nothing is
 * refetched on a timer or on focus; a refused call is not retried (the answer would not change).
 */
// Components hear of new data in the same task it arrives in, not in a timer after it: an answer
// is on screen one task sooner, and no other work (an event, a refetch) slips in between.
notifyManager.setScheduler(queueMicrotask);

export function createQueryClient(api: ApiClient): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        queryFn: ({ queryKey: [method, input] }) => call(api, method as MethodName, input as never),
        staleTime: Number.POSITIVE_INFINITY,
        retry: false,
        refetchOnWindowFocus: false,
      },
      mutations: {
        mutationFn: (input, { mutationKey }) =>
          call(api, mutationKey?.[0] as MethodName, input as never),
      },
    },
  });
}

/**
 * Options for one contract query, for a feature's `useQuery` or for `fetchQuery`. Its data is
 * always the answer to this very input: nothing is carried over from another input.
 */
export function contractQuery<M extends QueryMethodName>(method: M, input: MethodInput<M>) {
  return queryOptions<MethodResult<M>, AppError, MethodResult<M>, QueryKey<M>>({
    queryKey: [method, input],
  });
}

/** What a feature may add to a contract mutation: callbacks such as `onMutate` and `onError`. */
export type ContractMutationOptions<M extends MethodName> = Omit<
  UseMutationOptions<MethodResult<M>, AppError, MethodInput<M>>,
  'mutationKey' | 'mutationFn'
>;

/** A call the user starts (a save, a delete, an export), with its pending state and error. */
export function useContractMutation<M extends MethodName>(
  method: M,
  options: ContractMutationOptions<M> = {},
) {
  return useMutation<MethodResult<M>, AppError, MethodInput<M>>({
    ...options,
    mutationKey: [method],
  });
}

const idIn = (input: unknown, field: keyof ChangeScope): string | undefined => {
  const value = (input as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : undefined;
};

/**
 * Whether a query may be about what changed: one about another team is not, nor one about
 * another retro, unless the change reaches the team's other retros (see REACHES_TEAM).
 */
function concerns(key: AnyQueryKey, method: MethodName, scope: ChangeScope): boolean {
  const [, input] = key;
  const teamId = idIn(input, 'teamId');
  if (scope.teamId && teamId && teamId !== scope.teamId) return false;
  const sessionId = idIn(input, 'sessionId');
  return !(
    scope.sessionId &&
    sessionId &&
    sessionId !== scope.sessionId &&
    !REACHES_TEAM.has(method as never)
  );
}

/**
 * Marks stale what a change affects, about the retro and team it concerns; the mounted queries
 * among them refetch. `fresh` names queries (by hash) already answered with the change.
 */
export function invalidateAfter(
  client: QueryClient,
  method: string,
  scope: ChangeScope = {},
  fresh: ReadonlySet<string> = new Set(),
): Promise<void> {
  if (!isMethodName(method) || contract[method].kind === 'query') return Promise.resolve();
  const stale = new Set<string>(affects[method as keyof typeof affects]);
  return client.invalidateQueries({
    predicate: (query) =>
      stale.has(namespaceOf(String(query.queryKey[0]))) &&
      !fresh.has(query.queryHash) &&
      concerns(query.queryKey, method, scope),
  });
}
