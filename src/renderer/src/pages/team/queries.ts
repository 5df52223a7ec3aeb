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

/** How long a click on a team waits for what its page shows first before opening it anyway. */
const WAIT_FOR_TEAM_MS = 300;

/**
 * Opens a team's page once what it shows first has come (or after a moment at most), so the page
 * is drawn once, complete, rather than "Loading team…" first and again when the data comes. If
 * the user has gone elsewhere meanwhile, it stays there.
 */
export function openTeamPage(
  client: QueryClient,
  teamId: string,
  navigate: (to: string) => void,
): void {
  const from = window.location.hash;
  const loaded = Promise.all([
    client.prefetchQuery(teamQueries.detail(teamId)),
    client.prefetchQuery(teamQueries.sessionPage(teamId, 0)),
  ]);
  const waited = new Promise((resolve) => setTimeout(resolve, WAIT_FOR_TEAM_MS));
  void Promise.race([loaded, waited]).then(() => {
    if (window.location.hash === from) navigate(`/teams/${teamId}`);
  });
}
