import { contractQuery } from '@renderer/api/contract-query';
import { useQuery } from '@tanstack/react-query';

export const sessionQueries = {
  view: (sessionId: string) => contractQuery('sessions.get', { sessionId }),
};

/** Everything the console shows of one retro. */
export const useSessionView = (sessionId: string) => useQuery(sessionQueries.view(sessionId));
