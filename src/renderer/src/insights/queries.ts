import { contractQuery } from '@renderer/api/contract-query';
import { useQuery } from '@tanstack/react-query';

export const insightsQueries = {
  session: (sessionId: string) => contractQuery('insights.session', { sessionId }),
};

/** The insights as of a retro, for its Close stage on the console and the shared screen. */
export const useSessionInsights = (sessionId: string, enabled = true) =>
  useQuery({ ...insightsQueries.session(sessionId), enabled });
