import { contractQuery } from '@renderer/api/contract-query';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { type DashboardFilter, storedFilter } from './dashboard-filter';

export const dashboardQueries = {
  team: (teamId: string, filter: DashboardFilter) =>
    contractQuery('dashboard.team', {
      teamId,
      ...(filter.last === 'all' ? {} : { lastN: filter.last }),
      ...(filter.from ? { from: filter.from } : {}),
      ...(filter.to ? { to: filter.to } : {}),
    }),
};

/** The team's progress aggregates for the filter. */
export const useTeamDashboard = (teamId: string, filter: DashboardFilter) =>
  useQuery(dashboardQueries.team(teamId, filter));

/** Asks for a team's dashboard, with its remembered filter, as soon as it is opened. */
export function prefetchDashboard(client: QueryClient, teamId: string): void {
  void client.prefetchQuery(dashboardQueries.team(teamId, storedFilter(teamId)));
}
