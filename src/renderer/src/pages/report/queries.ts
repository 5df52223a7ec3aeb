import { contractQuery } from '@renderer/api/contract-query';
import type { SessionReportRequest, TeamReportRequest } from '@shared/reports';
import { useQuery } from '@tanstack/react-query';

export const reportQueries = {
  session: (request: SessionReportRequest) => contractQuery('reports.sessionData', request),
  team: (request: TeamReportRequest) => contractQuery('reports.teamData', request),
};

/** One retro's report, with names or anonymised as asked. */
export const useSessionReport = (request: SessionReportRequest) =>
  useQuery(reportQueries.session(request));
/** A team's progress report over a range of retros. */
export const useTeamReport = (request: TeamReportRequest) => useQuery(reportQueries.team(request));
