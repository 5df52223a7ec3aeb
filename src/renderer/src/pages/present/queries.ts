import { contractQuery } from '@renderer/api/contract-query';
import { useQuery } from '@tanstack/react-query';

export const presentQueries = {
  session: (sessionId: string) => contractQuery('sessions.presentation', { sessionId }),
};

/** What the team may see of a retro: never notes, hidden cards or unrevealed results. */
export const usePresentation = (sessionId: string) => useQuery(presentQueries.session(sessionId));
