import { contractQuery } from '@renderer/api/contract-query';
import { useQuery } from '@tanstack/react-query';

export const teamQueries = {
  list: () => contractQuery('teams.list', { includeArchived: true }),
  detail: (teamId: string) => contractQuery('teams.get', { teamId }),
  sessions: (teamId: string) => contractQuery('sessions.list', { teamId }),
  template: (teamId: string) => contractQuery('templates.get', { teamId }),
};

/** Every team, archived ones included. */
export const useTeams = () => useQuery(teamQueries.list());
/** One team with its member list. */
export const useTeam = (teamId: string) => useQuery(teamQueries.detail(teamId));
/** A team's retros, newest first. */
export const useTeamSessions = (teamId: string) => useQuery(teamQueries.sessions(teamId));
export const useTeamTemplate = (teamId: string) => useQuery(teamQueries.template(teamId));
