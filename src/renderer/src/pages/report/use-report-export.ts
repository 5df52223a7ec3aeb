import { useApi } from '@renderer/api/DataProvider';
import type { AppError } from '@shared/errors';
import { useMutation } from '@tanstack/react-query';
import { exportReport, type ReportFormat, type ReportTarget, reportRoute } from './export-report';

export interface ReportExport {
  run: (format: ReportFormat, printHere?: boolean) => void;
  /** The format being prepared, while it is. */
  pending: ReportFormat | null;
  /** What happened last, for a status line. */
  message: string;
  error: AppError | null;
}

interface Request {
  target: ReportTarget;
  format: ReportFormat;
  printHere: boolean;
}

/**
 * Exports the report `target` names, one export at a time. What the last export did is told
 * only while the same report is asked for: with other options it spoke of another file.
 */
export function useReportExport(target: ReportTarget): ReportExport {
  const api = useApi();
  const exporter = useMutation({
    mutationFn: (request: Request) =>
      exportReport(api, request.target, request.format, request.printHere),
  });
  const done = exporter.variables;
  const same = done !== undefined && reportRoute(done.target) === reportRoute(target);
  return {
    run: (format, printHere = false) => exporter.mutate({ target, format, printHere }),
    pending: exporter.isPending && done ? done.format : null,
    message: same ? (exporter.data ?? '') : '',
    error: same ? exporter.error : null,
  };
}

/** What an export button says while it works. */
export const PREPARING: Record<ReportFormat, string> = {
  pdf: 'Preparing PDF…',
  html: 'Preparing HTML…',
  md: 'Preparing Markdown…',
  csv: 'Preparing CSV…',
};
