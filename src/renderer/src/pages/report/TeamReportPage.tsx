import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { REPORT_STATE_ATTRIBUTE, type TeamReportRequest } from '@shared/reports';
import { useCallback } from 'react';
import { Link } from 'wouter';
import { useTeamReport } from './queries';
import { ReportToolbar } from './ReportToolbar';
import { TeamReportView } from './TeamReportView';

/** The range options of the hash query; the main process validates them like any input. */
function rangeOf(params: URLSearchParams): Omit<TeamReportRequest, 'teamId' | 'anonymise'> {
  const last = params.get('last');
  const from = params.get('from');
  const to = params.get('to');
  return {
    ...(last !== null && { lastN: Number(last) }),
    ...(from !== null && { from }),
    ...(to !== null && { to }),
  };
}

/**
 * `#/report/team/<id>?last=10&from=…&to=…&anonymise=1&print=1`: the print-styled progress report
 * of a team over a range of retros.
 */
export function TeamReportPage({ teamId, query }: { teamId: string; query?: string }) {
  const params = new URLSearchParams(query ?? '');
  const anonymise = params.get('anonymise') === '1';
  const print = params.get('print') === '1';
  const input = { teamId, anonymise, ...rangeOf(params) };
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
