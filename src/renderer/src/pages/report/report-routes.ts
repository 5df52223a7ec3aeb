import type { SessionReportRequest, TeamReportRequest } from '@shared/reports';
import type { QueryClient } from '@tanstack/react-query';
import { sessionReportPage, teamReportPage } from '../lazy-pages';
import { reportQueries } from './queries';

// Report options ride in the hash (`#/report/team/<id>?last=10&anonymise=1`), so a report page can
// be opened, printed or rendered to PDF from its address alone.
export const SESSION_REPORT = /^\/report\/session\/(?<sessionId>[^/?]+)(?:\?(?<query>.*))?$/;
export const TEAM_REPORT = /^\/report\/team\/(?<teamId>[^/?]+)(?:\?(?<query>.*))?$/;

/** The report a session report address asks for. */
export function sessionReportRequest(sessionId: string, query = ''): SessionReportRequest {
  return { sessionId, anonymise: new URLSearchParams(query).get('anonymise') === '1' };
}

/** The report a team report address asks for; the main process validates the range like any input. */
export function teamReportRequest(teamId: string, query = ''): TeamReportRequest {
  const params = new URLSearchParams(query);
  const last = params.get('last');
  const from = params.get('from');
  const to = params.get('to');
  return {
    teamId,
    anonymise: params.get('anonymise') === '1',
    ...(last !== null && { lastN: Number(last) }),
    ...(from !== null && { from }),
    ...(to !== null && { to }),
  };
}

/** Whether the address asks for the print dialog as soon as the report is drawn. */
export const printAsked = (query = '') => new URLSearchParams(query).get('print') === '1';

/**
 * A window opened on a report (the one that prints a PDF, say) asks for its data and its page's
 * code at once, while the app is still starting, instead of one after the other.
 */
export function prefetchReport(client: QueryClient, path: string): void {
  const session = SESSION_REPORT.exec(path)?.groups;
  if (session?.sessionId) {
    const request = sessionReportRequest(decodeURIComponent(session.sessionId), session.query);
    void client.prefetchQuery(reportQueries.session(request));
    void sessionReportPage.preload();
    return;
  }
  const team = TEAM_REPORT.exec(path)?.groups;
  if (team?.teamId) {
    void client.prefetchQuery(
      reportQueries.team(teamReportRequest(decodeURIComponent(team.teamId), team.query)),
    );
    void teamReportPage.preload();
  }
}
