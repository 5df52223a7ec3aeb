import { contractQuery } from '@renderer/api/contract-query';
import { useQuery } from '@tanstack/react-query';

export const overviewQueries = {
  teams: (includeArchived: boolean) => contractQuery('dashboard.overview', { includeArchived }),
  insights: (includeArchived: boolean) => contractQuery('insights.overview', { includeArchived }),
};

/** Every team's latest mean per practice, for leads. */
export const useOverview = (includeArchived: boolean) =>
  useQuery(overviewQueries.teams(includeArchived));

/** Every team with its insights, those with the most needing attention first. */
export const useInsightsOverview = (includeArchived: boolean) =>
  useQuery(overviewQueries.insights(includeArchived));
