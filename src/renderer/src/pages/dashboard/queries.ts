import { contractQuery } from '@renderer/api/contract-query';
import { useQuery } from '@tanstack/react-query';
import type { DashboardFilter } from './dashboard-filter';

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
