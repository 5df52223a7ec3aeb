import { contractQuery } from '@renderer/api/contract-query';
import { useQuery } from '@tanstack/react-query';
import type { DashboardFilter } from './dashboard-filter';

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
