import type { ApiClient } from '@renderer/api/client';
import { sessionToken, TOKEN_PARAM } from '@renderer/api/http-transport';
import {
  type SessionReportRequest,
  sessionReportFileName,
  sessionReportRoute,
  type TeamReportRequest,
  teamReportFileName,
  teamReportRoute,
} from '@shared/reports';

export type ReportTarget =
  | ({ kind: 'session' } & SessionReportRequest)
  | ({ kind: 'team' } & TeamReportRequest);

export type ReportFormat = 'pdf' | 'html' | 'md' | 'csv';

export const FORMATS: { id: ReportFormat; name: string; hint: string }[] = [
  { id: 'pdf', name: 'PDF', hint: 'To read, print or send: the report as it looks here.' },
  { id: 'html', name: 'HTML', hint: 'One file with the charts inside; opens in any browser.' },
  { id: 'md', name: 'Markdown', hint: 'Headings and tables to paste into a wiki.' },
  { id: 'csv', name: 'CSV', hint: 'Ratings, cards and actions for a spreadsheet.' },
];

/** The desktop app saves PDFs itself; a browser prints them. */
export const isDesktop = () => window.threadline !== undefined;

export function reportRoute(target: ReportTarget): string {
  return target.kind === 'session' ? sessionReportRoute(target) : teamReportRoute(target);
}

/** The report page in a new browser tab, which opens the print dialog once it is drawn. */
function openPrintTab(target: ReportTarget): void {
  const route = reportRoute(target);
  const print = `${route}${route.includes('?') ? '&' : '?'}print=1`;
  window.open(`/?${TOKEN_PARAM}=${encodeURIComponent(sessionToken())}#${print}`, '_blank');
}

/** Hands text to the user as a file: a download, or the save dialog on desktop. */
function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Released later: the download reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function textFile(api: ApiClient, target: ReportTarget, format: 'md' | 'csv') {
  if (target.kind === 'session') {
    return api.call(format === 'md' ? 'reports.sessionMarkdown' : 'reports.sessionCsv', target);
  }
  return api.call(format === 'md' ? 'reports.teamMarkdown' : 'reports.teamCsv', target);
}

/** The report drawn into one HTML file. Its views and charts load only when one is made. */
async function htmlFile(
  api: ApiClient,
  target: ReportTarget,
): Promise<{ fileName: string; text: string }> {
  const { renderStandalone } = await import('./standalone-html');
  if (target.kind === 'session') {
    const { SessionReportView } = await import('./SessionReportView');
    const report = await api.call('reports.sessionData', target);
    return {
      fileName: sessionReportFileName(report, 'html'),
      text: await renderStandalone(
        <SessionReportView report={report} />,
        `Retro report: ${report.session.title}`,
      ),
    };
  }
  const { TeamReportView } = await import('./TeamReportView');
  const report = await api.call('reports.teamData', target);
  return {
    fileName: teamReportFileName(report, 'html'),
    text: await renderStandalone(
      <TeamReportView report={report} />,
      `Team progress report: ${report.dashboard.team.name}`,
    ),
  };
}

/**
 * Exports a report in one format and says what happened, in a sentence for the status line.
 * `printHere` prints the open report page instead of opening another tab (browser mode).
 */
export async function exportReport(
  api: ApiClient,
  target: ReportTarget,
  format: ReportFormat,
  printHere = false,
): Promise<string> {
  switch (format) {
    case 'md':
    case 'csv': {
      const file = await textFile(api, target, format);
      const type = format === 'md' ? 'text/markdown' : 'text/csv';
      download(file.fileName, file.text, `${type};charset=utf-8`);
      return `${file.fileName} is ready.`;
    }
    case 'html': {
      const file = await htmlFile(api, target);
      download(file.fileName, file.text, 'text/html;charset=utf-8');
      return `${file.fileName} is ready.`;
    }
    case 'pdf': {
      if (isDesktop()) {
        const result = await api.call('reports.savePdf', target);
        return result.saved ? `Saved ${result.file}.` : 'The PDF was not saved.';
      }
      if (printHere) {
        window.print();
        return '';
      }
      openPrintTab(target);
      return 'The report opened in a new tab with the print dialog. Choose “Save as PDF” as the printer.';
    }
  }
}
