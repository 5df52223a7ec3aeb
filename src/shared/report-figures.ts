import {
  formatDate,
  formatDecimal,
  formatMean,
  formatPercent,
  NO_VALUE,
  plural,
  roundTo,
} from './format';
import type { KeyFigure, ReportRatings, SessionReport, TeamReport } from './reports';
import type { Distribution } from './sessions';

// Figures every report format shows alike: the PDF/HTML page, Markdown and CSV.

/** Pools several rating sets into one (e.g. every practice's pulse of a session). */
export function pooledRatings(sets: ReportRatings[]): ReportRatings {
  const distribution: Distribution = [0, 0, 0, 0, 0];
  for (const set of sets) {
    set.distribution.forEach((count, index) => {
      distribution[index] = (distribution[index] ?? 0) + count;
    });
  }
  const count = distribution.reduce((sum, n) => sum + n, 0);
  const points = distribution.reduce((sum, n, index) => sum + n * (index + 1), 0);
  return { distribution, count, mean: count === 0 ? null : roundTo(points / count, 2) };
}

/** Done among the earlier follow-ups this session gave a verdict on. */
export function reviewOutcome(report: SessionReport): { reviewed: number; done: number } {
  const reviewed = report.review.filter((item) => item.review !== null);
  return {
    reviewed: reviewed.length,
    done: reviewed.filter((item) => item.review?.status === 'done').length,
  };
}

export function sessionKeyFigures(report: SessionReport): KeyFigure[] {
  const pulse = pooledRatings(report.pulse);
  const { reviewed, done } = reviewOutcome(report);
  return [
    { label: 'Participants', value: String(report.participants.count) },
    { label: 'Mean pulse (all practices)', value: formatMean(pulse.mean) },
    { label: 'ROTI (1–5)', value: formatMean(report.roti.mean) },
    { label: 'Cards', value: String(report.cards.length) },
    { label: 'Kudos', value: String(report.kudos.length) },
    { label: 'Actions agreed', value: String(report.actions.length) },
    { label: 'Commitments', value: String(report.commitments.length) },
    {
      label: 'Earlier follow-ups done',
      value: reviewed === 0 ? NO_VALUE : `${done} of ${reviewed}`,
    },
  ];
}

export function teamKeyFigures(report: TeamReport): KeyFigure[] {
  const { sessions, totals } = report.dashboard;
  const people = sessions.reduce((sum, session) => sum + session.participants, 0);
  const openActions = report.open.filter((item) => item.kind === 'action');
  return [
    { label: 'Retros', value: String(totals.sessions) },
    {
      label: 'Average participants',
      value: sessions.length === 0 ? NO_VALUE : formatDecimal(people / sessions.length, 1),
    },
    { label: 'ROTI (1–5)', value: formatMean(totals.roti.mean) },
    { label: 'Follow-through', value: formatPercent(totals.followThrough.rate) },
    { label: 'Kudos', value: String(totals.kudos) },
    { label: 'Actions agreed', value: String(totals.actions) },
    { label: 'Open actions', value: String(openActions.length) },
    { label: 'Overdue', value: String(report.open.filter((item) => item.overdue).length) },
  ];
}

/** "3 Mar 2026 – 19 May 2026", or one date, or null without sessions. */
export function teamReportSpan(report: TeamReport): string | null {
  const { sessions } = report.dashboard;
  const first = sessions[0];
  const last = sessions.at(-1);
  if (!first || !last) return null;
  return first.date === last.date
    ? formatDate(first.date)
    : `${formatDate(first.date)} – ${formatDate(last.date)}`;
}

/** "the latest 10 retros from 1 Mar 2026": which sessions the report shows. */
export function teamReportRange(report: TeamReport): string {
  const { lastN, from, to } = report.filter;
  return [
    lastN ? `the latest ${plural(lastN, 'retro')}` : 'every retro',
    from ? `from ${formatDate(from)}` : null,
    to ? `to ${formatDate(to)}` : null,
  ]
    .filter(Boolean)
    .join(' ');
}
