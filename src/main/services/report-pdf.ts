import type { ParsedInput } from '@shared/contract';
import { conflict } from '@shared/errors';
import {
  type SavePdfResult,
  sessionReportFileName,
  sessionReportRoute,
  teamReportFileName,
  teamReportRoute,
} from '@shared/reports';
import type { Database } from 'better-sqlite3';
import { sessionReport, teamReport } from './reports';

/** What only the desktop app can do; browser mode has no host. */
export interface DesktopHost {
  /** Renders the app's page at the hash `route` to PDF and saves it where the user chooses. */
  savePdf(route: string, suggestedName: string): Promise<SavePdfResult>;
}

/**
 * Saves a report as a PDF file: the desktop app draws the report page itself and prints it.
 * Browsers have their own print dialog for that, so browser mode (no host) points to it.
 */
export async function savePdf(
  db: Database,
  input: ParsedInput<'reports.savePdf'>,
  host: DesktopHost | undefined,
): Promise<SavePdfResult> {
  if (!host) {
    throw conflict(
      'Saving straight to a PDF file works in the desktop app. Here, open the report and print it, choosing “Save as PDF” as the printer.',
    );
  }
  const { route, fileName } = pdfTarget(db, input);
  return host.savePdf(route, fileName);
}

/** Where the PDF window finds the report, and the name to suggest in the save dialog. */
function pdfTarget(
  db: Database,
  input: ParsedInput<'reports.savePdf'>,
): { route: string; fileName: string } {
  if (input.kind === 'session') {
    const report = sessionReport(db, input);
    return { route: sessionReportRoute(input), fileName: sessionReportFileName(report, 'pdf') };
  }
  const report = teamReport(db, input);
  return { route: teamReportRoute(input), fileName: teamReportFileName(report, 'pdf') };
}
