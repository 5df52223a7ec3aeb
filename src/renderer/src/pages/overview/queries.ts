import { contractQuery } from '@renderer/api/contract-query';
import { useQuery } from '@tanstack/react-query';

export const overviewQueries = {
  teams: (includeArchived: boolean) => contractQuery('dashboard.overview', { includeArchived }),
};

/** Every team's latest mean per practice, for leads. */
export const useOverview = (includeArchived: boolean) =>
  useQuery(overviewQueries.teams(includeArchived));
