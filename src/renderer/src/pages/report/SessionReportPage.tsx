import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { REPORT_STATE_ATTRIBUTE } from '@shared/reports';
import { useCallback } from 'react';
import { Link } from 'wouter';
import { useSessionReport } from './queries';
import { ReportToolbar } from './ReportToolbar';
import { printAsked, sessionReportRequest } from './report-routes';
import { SessionReportView } from './SessionReportView';

/**
 * `#/report/session/<id>?anonymise=1&print=1`: the print-styled report of one retro. With
 * `print=1` the print dialog opens as soon as the report is drawn (browser mode's PDF).
 */
export function SessionReportPage({ sessionId, query }: { sessionId: string; query?: string }) {
  const { anonymise } = sessionReportRequest(sessionId, query);
  const print = printAsked(query);
  const report = useSessionReport({ sessionId, anonymise });
  const onReady = useCallback(() => {
    if (print) window.print();
  }, [print]);

  const back = (
    <Link href={`/sessions/${encodeURIComponent(sessionId)}`} className="button quiet">
      ← Back to the retro
    </Link>
  );
  return (
    <div className="report-page">
      <ReportToolbar target={{ kind: 'session', sessionId, anonymise }} back={back} />
      {report.data ? (
        <SessionReportView report={report.data} onReady={onReady} />
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
