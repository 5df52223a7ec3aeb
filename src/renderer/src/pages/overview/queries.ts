import { contractQuery } from '@renderer/api/contract-query';
import { useQueries, useQuery } from '@tanstack/react-query';

/** How many teams the overview lists at a time. */
export const TEAMS_PER_PAGE = 50;

export const overviewQueries = {
  teams: (includeArchived: boolean, page: number) =>
    contractQuery('dashboard.overview', {
      includeArchived,
      offset: page * TEAMS_PER_PAGE,
      limit: TEAMS_PER_PAGE,
    }),
  insights: (includeArchived: boolean) => contractQuery('insights.overview', { includeArchived }),
};

/** The first `pages` pages of teams, each with its latest mean per practice, for leads. */
export const useOverviewPages = (includeArchived: boolean, pages: number) =>
  useQueries({
    queries: Array.from({ length: pages }, (_, page) =>
      overviewQueries.teams(includeArchived, page),
    ),
  });

/** Every team with its insights, those with the most needing attention first. */
export const useInsightsOverview = (includeArchived: boolean) =>
  useQuery(overviewQueries.insights(includeArchived));
