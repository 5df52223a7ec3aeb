import { contractQuery } from '@renderer/api/contract-query';
import { useQuery } from '@tanstack/react-query';

export const presentQueries = {
  screen: () => contractQuery('screen.get', {}),
  session: (sessionId: string) => contractQuery('sessions.presentation', { sessionId }),
};

/** What the shared screen shows: the presentation window follows it, the console pages it. */
export const useSharedScreen = () => useQuery(presentQueries.screen());

/** What the team may see of a retro: never notes, hidden cards or unrevealed results. */
export const usePresentation = (sessionId: string) => useQuery(presentQueries.session(sessionId));
