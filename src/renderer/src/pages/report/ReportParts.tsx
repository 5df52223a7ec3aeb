import { formatDate } from '@shared/format';
import { type KeyFigure, REPORT_STATE_ATTRIBUTE, type ReportState } from '@shared/reports';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import './report.css';

/** The width charts are drawn at: the A4 text width between the print margins, in CSS pixels. */
export const REPORT_WIDTH = 680;

const CHART_SELECTOR = '[data-report-chart]';
/** A chart's drawing: recharts' surface, or a chart drawn as plain SVG. */
const DRAWN_SELECTOR = 'svg.recharts-surface, svg.chart-print';
const DRAW_TIMEOUT_MS = 8000;

/**
 * Calls `then` once no font the page uses is still loading: at once when none is. The page is laid
 * out first, which starts loading every font it uses, so the status read after it is final.
 * (`document.fonts.ready` alone would wait for the next frame even when nothing loads.)
 */
function whenFontsIn(then: () => void): void {
  document.documentElement.getBoundingClientRect();
  if (document.fonts.status === 'loaded') then();
  else void document.fonts.ready.then(then);
}

/**
 * "ready" once every chart in the report has drawn its SVG and the fonts are in, so printing,
 * the PDF window and the HTML export never catch a half-drawn page.
 */
function useReportState(
  root: React.RefObject<HTMLElement | null>,
  report: object,
  onReady: (() => void) | undefined,
): ReportState {
  // Ready for one report only: new data is "loading" again from its very first render.
  const [readyFor, setReadyFor] = useState<object | null>(null);
  const ready = useRef(onReady);
  ready.current = onReady;
  useEffect(() => {
    let cancelled = false;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      whenFontsIn(() => {
        if (cancelled) return;
        setReadyFor(report);
        ready.current?.();
      });
    };
    // Looked at as each chart draws, so the page says "ready" the moment the last one has.
    const check = () => {
      const charts = [...(root.current?.querySelectorAll(CHART_SELECTOR) ?? [])];
      if (charts.every((chart) => chart.querySelector(DRAWN_SELECTOR))) finish();
    };
    const observer = new MutationObserver(check);
    if (root.current) observer.observe(root.current, { childList: true, subtree: true });
    const timer = setTimeout(finish, DRAW_TIMEOUT_MS);
    check();
    return () => {
      cancelled = true;
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [root, report]);
  return readyFor === report ? 'ready' : 'loading';
}

/** The printable report: a white A4-width page that says when it is fully drawn. */
export function ReportDocument({
  report,
  label,
  onReady,
  children,
}: {
  /** The data drawn; the document is ready once it has drawn this very one. */
  report: object;
  label: string;
  /** Called once when the report is fully drawn. */
  onReady?: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
  const state = useReportState(ref, report, onReady);
  return (
    <article
      ref={ref}
      className="theme-report report"
      aria-label={label}
      {...{ [REPORT_STATE_ATTRIBUTE]: state }}
    >
      {children}
    </article>
  );
}

export function ReportTitleBlock({
  eyebrow,
  title,
  meta,
  anonymised,
}: {
  eyebrow: string;
  title: string;
  meta: [string, ReactNode][];
  anonymised: boolean;
}) {
  return (
    <header className="report-title-block">
      <p className="report-eyebrow">
        <span className="report-brand">Threadline</span> · {eyebrow}
      </p>
      <h1>{title}</h1>
      <dl className="report-meta">
        {meta.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {anonymised && (
        <p className="report-anonymised">Anonymised: names are replaced by pseudonyms.</p>
      )}
    </header>
  );
}

export function KeyFigures({ figures }: { figures: KeyFigure[] }) {
  return (
    <section className="report-figures" aria-label="Key figures">
      <dl>
        {figures.map((figure) => (
          <div key={figure.label} className="report-figure">
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

interface SectionProps {
  title: string;
  /** One line under the heading on what the section shows. */
  intro?: ReactNode;
  /**
   * Printed on one page when it fits (the default), so page breaks fall between sections. Long
   * sections turn it off and break between table rows instead.
   */
  keepTogether?: boolean;
  /** Shown instead of the content when there is nothing to show. */
  empty?: string | false;
  children?: ReactNode;
}

export function ReportSection({
  title,
  intro,
  keepTogether = true,
  empty,
  children,
}: SectionProps) {
  const id = useId();
  return (
    <section className={`report-section${keepTogether ? ' report-keep' : ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro && <p className="report-intro">{intro}</p>}
      {empty ? <p className="report-empty">{empty}</p> : children}
    </section>
  );
}

export interface ReportColumn {
  title: string;
  /** Numbers are right-aligned. */
  numeric?: boolean;
  /** Never wrapped, e.g. dates. */
  nowrap?: boolean;
}

const cellClass = (column: ReportColumn | undefined) =>
  [column?.numeric && 'num', column?.nowrap && 'nowrap'].filter(Boolean).join(' ') || undefined;

/** A plain table for print: header repeated on every page, rows never split across pages. */
export function ReportTable({
  label,
  columns,
  rows,
}: {
  label: string;
  columns: (string | ReportColumn)[];
  rows: { key: string; cells: ReactNode[]; strong?: boolean }[];
}) {
  const cols = columns.map((column) => (typeof column === 'string' ? { title: column } : column));
  return (
    <table className="report-table" aria-label={label}>
      <thead>
        <tr>
          {cols.map((column) => (
            <th key={column.title} scope="col" className={column.numeric ? 'num' : undefined}>
              {column.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.strong ? 'report-total' : undefined}>
            {row.cells.map((cell, index) => (
              <td
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional columns
                key={index}
                className={cellClass(cols[index])}
              >
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A chart drawn at a fixed size; the report waits for its SVG before it counts as ready. */
export function ReportChart({ label, children }: { label: string; children: ReactNode }) {
  return (
    <figure className="report-chart" aria-label={label} data-report-chart="">
      {children}
    </figure>
  );
}

/** Free text as typed: paragraphs and line breaks kept. */
export function ReportText({ text }: { text: string }) {
  return (
    <div className="report-text">
      {text
        .trim()
        .split(/\n\s*\n/)
        .map((paragraph, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity of their own
          <p key={index}>{paragraph}</p>
        ))}
    </div>
  );
}

export function ReportFooter({
  generatedOn,
  pseudonyms,
}: {
  generatedOn: string;
  /** e.g. "Participant 1, Member 1, Someone" when anonymised. */
  pseudonyms: string | null;
}) {
  return (
    <footer className="report-footer">
      Made with Threadline on {formatDate(generatedOn)}.
      {pseudonyms && ` Names are replaced by pseudonyms (${pseudonyms}).`}
    </footer>
  );
}
