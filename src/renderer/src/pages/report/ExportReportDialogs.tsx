import { Dialog } from '@renderer/components/Dialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import {
  FORMATS,
  isDesktop,
  type ReportFormat,
  type ReportTarget,
  reportRoute,
} from './export-report';
import { PREPARING, useReportExport } from './use-report-export';
import './export-dialog.css';
import './report-toolbar.css';

type Unanonymised<T> = T extends unknown ? Omit<T, 'anonymise'> : never;

const SUBMIT: Record<ReportFormat, () => string> = {
  pdf: () => (isDesktop() ? 'Save PDF…' : 'Open print view'),
  html: () => 'Download HTML',
  md: () => 'Download Markdown',
  csv: () => 'Download CSV',
};

/** Anonymise or not, pick a format, export; with a link to the report page itself. */
function ExportForm({
  target,
  children,
}: {
  target: Unanonymised<ReportTarget>;
  /** Extra choices, e.g. which retros a team report covers. */
  children?: ReactNode;
}) {
  const [anonymise, setAnonymise] = useState(false);
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const full = { ...target, anonymise } as ReportTarget;
  const exporter = useReportExport(full);
  const hintId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    exporter.run(format);
  }

  return (
    <form className="report-export stack" onSubmit={submit} aria-label="Export options">
      {children}
      <div>
        <label className="toggle">
          <input
            type="checkbox"
            checked={anonymise}
            onChange={(event) => setAnonymise(event.target.checked)}
            aria-describedby={hintId}
          />
          Anonymise names
        </label>
        <p id={hintId} className="field-hint">
          People become “Participant 1”, “Member 1” or “Someone”, in names and inside every text.
        </p>
      </div>
      <fieldset className="report-formats">
        <legend>Format</legend>
        {FORMATS.map((option) => (
          <div key={option.id} className="report-format">
            <label>
              <input
                type="radio"
                name="report-format"
                value={option.id}
                checked={format === option.id}
                onChange={() => setFormat(option.id)}
                aria-describedby={`${hintId}-${option.id}`}
              />
              <span className="report-format-name">{option.name}</span>
            </label>
            <span id={`${hintId}-${option.id}`} className="report-format-hint">
              {option.hint}
            </span>
          </div>
        ))}
      </fieldset>
      <ErrorBanner error={exporter.error} />
      <p className="report-export-status" role="status">
        {exporter.message}
      </p>
      <div className="button-row">
        <button
          type="submit"
          className="button primary"
          disabled={exporter.pending !== null}
          aria-busy={exporter.pending !== null}
        >
          {exporter.pending ? PREPARING[exporter.pending] : SUBMIT[format]()}
        </button>
        {/* A plain hash link: the report's options stay in the hash, where the page reads them. */}
        <a href={`#${reportRoute(full)}`} className="button">
          Open the report
        </a>
      </div>
    </form>
  );
}

/** "Export report" for one retro, on the closed session's console. */
export function ExportSessionReport({ sessionId }: { sessionId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Export report
      </button>
      <Dialog
        title="Export the retro report"
        open={open}
        onClose={() => setOpen(false)}
        description="For people who were not in the room: ratings, cards, votes, kudos, actions, commitments, review, ROTI and your summary. Your private notes are never included."
      >
        <ExportForm target={{ kind: 'session', sessionId }} />
        <button
          type="button"
          className="button quiet report-dialog-close"
          onClick={() => setOpen(false)}
        >
          Close
        </button>
      </Dialog>
    </>
  );
}

const RANGES = [
  { value: '5', label: 'The latest 5 retros' },
  { value: '10', label: 'The latest 10 retros' },
  { value: '20', label: 'The latest 20 retros' },
  { value: 'all', label: 'Every retro' },
];

/** "Team report" on the team page: trends, follow-through and open actions over a range. */
export function ExportTeamReport({ teamId }: { teamId: string }) {
  const [open, setOpen] = useState(false);
  const [range, setRange] = useState('10');
  const rangeId = useId();
  const lastN = range === 'all' ? {} : { lastN: Number(range) };
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Team report
      </button>
      <Dialog
        title="Export the team report"
        open={open}
        onClose={() => setOpen(false)}
        description="Pulse trends, action follow-through, kudos, participation and ROTI over a range of retros, with every action and commitment still open."
      >
        <ExportForm target={{ kind: 'team', teamId, ...lastN }}>
          <div className="field">
            <label htmlFor={rangeId}>Retros to include</label>
            <select id={rangeId} value={range} onChange={(event) => setRange(event.target.value)}>
              {RANGES.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </ExportForm>
        <button
          type="button"
          className="button quiet report-dialog-close"
          onClick={() => setOpen(false)}
        >
          Close
        </button>
      </Dialog>
    </>
  );
}
