import { ErrorBanner } from '@renderer/components/ErrorBanner';
import type { ReactNode } from 'react';
import { FORMATS, isDesktop, type ReportTarget, reportRoute } from './export-report';
import { PREPARING, useReportExport } from './use-report-export';
import './report-toolbar.css';

/** On screen only: back, anonymise, and the four exports of the report shown below. */
export function ReportToolbar({ target, back }: { target: ReportTarget; back: ReactNode }) {
  const exporter = useReportExport(target);
  const busy = exporter.pending !== null;
  const label = (format: (typeof FORMATS)[number]) =>
    format.id === 'pdf'
      ? isDesktop()
        ? 'Save PDF…'
        : 'Print or save as PDF'
      : `Download ${format.name}`;
  return (
    <div className="report-toolbar">
      <div className="report-toolbar-row">
        {back}
        <label className="toggle">
          <input
            type="checkbox"
            checked={target.anonymise ?? false}
            onChange={(event) => {
              // The options live in the hash, so the page can be opened, printed or shared as is.
              window.location.hash = reportRoute({ ...target, anonymise: event.target.checked });
            }}
          />
          Anonymise names
        </label>
      </div>
      <fieldset className="button-row report-export-buttons">
        <legend className="visually-hidden">Export this report</legend>
        {FORMATS.map((format) => (
          <button
            key={format.id}
            type="button"
            className={`button${format.id === 'pdf' ? ' primary' : ''}`}
            disabled={busy}
            aria-busy={exporter.pending === format.id}
            onClick={() => exporter.run(format.id, true)}
          >
            {exporter.pending === format.id ? PREPARING[format.id] : label(format)}
          </button>
        ))}
      </fieldset>
      <ErrorBanner error={exporter.error} />
      <p className="report-export-status" role="status">
        {exporter.message}
      </p>
    </div>
  );
}
