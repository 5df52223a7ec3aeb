import { contractQuery } from '@renderer/api/contract-query';
import { type QueryClient, useQueries, useQuery } from '@tanstack/react-query';

/** How many retros the team page lists at a time. */
export const SESSIONS_PER_PAGE = 25;

export const teamQueries = {
  list: () => contractQuery('teams.list', { includeArchived: true }),
  detail: (teamId: string) => contractQuery('teams.get', { teamId }),
  sessionPage: (teamId: string, page: number) =>
    contractQuery('sessions.page', {
      teamId,
      offset: page * SESSIONS_PER_PAGE,
      limit: SESSIONS_PER_PAGE,
    }),
  template: (teamId: string) => contractQuery('templates.get', { teamId }),
};

/** Every team, archived ones included. */
export const useTeams = () => useQuery(teamQueries.list());
/** One team with its member list. */
export const useTeam = (teamId: string) => useQuery(teamQueries.detail(teamId));
/** The first `pages` pages of a team's retros, newest first. */
export const useTeamSessionPages = (teamId: string, pages: number) =>
  useQueries({
    queries: Array.from({ length: pages }, (_, page) => teamQueries.sessionPage(teamId, page)),
  });
export const useTeamTemplate = (teamId: string) => useQuery(teamQueries.template(teamId));

/** Asks for what the team page shows as soon as it is opened, before it is drawn. */
export function prefetchTeamPage(client: QueryClient, teamId: string): void {
  void client.prefetchQuery(teamQueries.detail(teamId));
  void client.prefetchQuery(teamQueries.sessionPage(teamId, 0));
}
