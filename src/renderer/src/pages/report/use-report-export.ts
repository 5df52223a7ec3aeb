import { AppError } from '@shared/errors';
import { useCallback, useState } from 'react';
import { exportReport, type ReportFormat, type ReportTarget } from './export-report';

export interface ReportExport {
  run: (target: ReportTarget, format: ReportFormat, printHere?: boolean) => Promise<void>;
  /** The format being prepared, while it is. */
  pending: ReportFormat | null;
  /** What happened last, for a status line. */
  message: string;
  error: AppError | undefined;
}

/** Runs one export at a time and keeps its outcome for the UI. */
export function useReportExport(): ReportExport {
  const [pending, setPending] = useState<ReportFormat | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<AppError>();
  const run = useCallback(async (target: ReportTarget, format: ReportFormat, printHere = false) => {
    setPending(format);
    setMessage('');
    setError(undefined);
    try {
      setMessage(await exportReport(target, format, printHere));
    } catch (reason) {
      setError(
        reason instanceof AppError
          ? reason
          : new AppError('internal', 'The report could not be prepared. Please try again.'),
      );
    } finally {
      setPending(null);
    }
  }, []);
  return { run, pending, message, error };
}

/** What an export button says while it works. */
export const PREPARING: Record<ReportFormat, string> = {
  pdf: 'Preparing PDF…',
  html: 'Preparing HTML…',
  md: 'Preparing Markdown…',
  csv: 'Preparing CSV…',
};
