import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { REPORT_STATE_ATTRIBUTE } from '@shared/reports';
import { useCallback } from 'react';
import { Link } from 'wouter';
import { useTeamReport } from './queries';
import { ReportToolbar } from './ReportToolbar';
import { printAsked, teamReportRequest } from './report-routes';
import { TeamReportView } from './TeamReportView';

/**
 * `#/report/team/<id>?last=10&from=…&to=…&anonymise=1&print=1`: the print-styled progress report
 * of a team over a range of retros.
 */
export function TeamReportPage({ teamId, query }: { teamId: string; query?: string }) {
  const input = teamReportRequest(teamId, query);
  const print = printAsked(query);
  const report = useTeamReport(input);
  const onReady = useCallback(() => {
    if (print) window.print();
  }, [print]);

  const back = (
    <Link href={`/teams/${encodeURIComponent(teamId)}`} className="button quiet">
      ← Back to the team
    </Link>
  );
  return (
    <div className="report-page">
      <ReportToolbar target={{ kind: 'team', ...input }} back={back} />
      {report.data ? (
        <TeamReportView report={report.data} onReady={onReady} />
      ) : (
        <div
          className="report"
          {...{ [REPORT_STATE_ATTRIBUTE]: report.error ? 'failed' : 'loading' }}
        >
          {report.error ? (
            <ErrorBanner error={report.error} />
          ) : (
            <p className="loading">Preparing the report…</p>
          )}
        </div>
      )}
    </div>
  );
}
