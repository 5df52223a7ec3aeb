import { contractQuery } from '@renderer/api/contract-query';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { type DashboardFilter, storedFilter } from './dashboard-filter';

const filterInput = (teamId: string, filter: DashboardFilter) => ({
  teamId,
  ...(filter.last === 'all' ? {} : { lastN: filter.last }),
  ...(filter.from ? { from: filter.from } : {}),
  ...(filter.to ? { to: filter.to } : {}),
});

export const dashboardQueries = {
  team: (teamId: string, filter: DashboardFilter) =>
    contractQuery('dashboard.team', filterInput(teamId, filter)),
  insights: (teamId: string, filter: DashboardFilter) =>
    contractQuery('insights.team', filterInput(teamId, filter)),
};

/** The team's progress aggregates for the filter. */
export const useTeamDashboard = (teamId: string, filter: DashboardFilter) =>
  useQuery(dashboardQueries.team(teamId, filter));

/** What the trend says over the closed retros the filter picks. */
export const useTeamInsights = (teamId: string, filter: DashboardFilter) =>
  useQuery(dashboardQueries.insights(teamId, filter));

/** Asks for a team's dashboard and insights, with its remembered filter, as soon as it is opened. */
export function prefetchDashboard(client: QueryClient, teamId: string): void {
  const filter = storedFilter(teamId);
  void client.prefetchQuery(dashboardQueries.team(teamId, filter));
  void client.prefetchQuery(dashboardQueries.insights(teamId, filter));
}
