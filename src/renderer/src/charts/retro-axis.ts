import {
  type DashboardSession,
  followThrough,
  type PracticeSessionStats,
  pooled,
  ratingStats,
} from '@shared/dashboard';
import { formatPeriod, type Period, plural, roundTo, sessionAxisLabels } from '@shared/format';
import { PRACTICE_IDS } from '@shared/practices';

// What a per-retro chart draws along its axis. Up to a few dozen retros, one point each; beyond
// that, one point per month, quarter or year (the first that keeps the points few), so a long
// history draws as quickly as a short one and stays readable. The tables keep every retro.

/** Up to this many retros, a chart draws each one. */
export const RETROS_DRAWN_EACH = 24;
/** The most periods a chart draws; beyond it, longer periods. */
const MOST_PERIODS = 40;
const PERIODS: Period[] = ['month', 'quarter', 'year'];

export interface RetroAxis {
  /** What one point stands for. */
  per: 'retro' | Period;
  /** Oldest first: each retro, or each period's retros folded into one (see `foldRetros`). */
  points: DashboardSession[];
  /** The axis label of each point. */
  labels: string[];
}

/** The mean of a per-retro count, to one decimal: kudos or participants per retro. */
const meanPerRetro = (retros: DashboardSession[], pick: (retro: DashboardSession) => number) =>
  roundTo(retros.reduce((total, retro) => total + pick(retro), 0) / retros.length, 1);

const total = (retros: DashboardSession[], pick: (retro: DashboardSession) => number) =>
  retros.reduce((sum, retro) => sum + pick(retro), 0);

/**
 * A period's retros as one: ratings pooled (so its mean weighs every rating alike), kudos and
 * participants as a mean per retro, actions added up, follow-through over all its reviews.
 */
export function foldRetros(
  key: string,
  label: string,
  retros: DashboardSession[],
): DashboardSession {
  const first = retros[0];
  const pulse = PRACTICE_IDS.map((practiceId): PracticeSessionStats => {
    const stats = retros.flatMap((retro) => retro.pulse.filter((p) => p.practiceId === practiceId));
    return {
      practiceId,
      ...ratingStats(pooled(stats.map((p) => p.distribution))),
      actionsCreated: stats.reduce((sum, p) => sum + p.actionsCreated, 0),
    };
  });
  return {
    id: key,
    title: label,
    date: first?.date ?? '',
    status: retros.every((retro) => retro.status === 'closed') ? 'closed' : 'in_progress',
    participants: meanPerRetro(retros, (retro) => retro.participants),
    kudos: meanPerRetro(retros, (retro) => retro.kudos),
    actionsCreated: total(retros, (retro) => retro.actionsCreated),
    commitmentsCreated: total(retros, (retro) => retro.commitmentsCreated),
    roti: ratingStats(pooled(retros.map((retro) => retro.roti.distribution))),
    pulse,
    followThrough: followThrough(
      total(retros, (retro) => retro.followThrough.created),
      total(retros, (retro) => retro.followThrough.reviewed),
      total(retros, (retro) => retro.followThrough.doneByNextReview),
      total(retros, (retro) => retro.followThrough.doneEventually),
    ),
  };
}

function byPeriod(sessions: DashboardSession[], period: Period): [string, DashboardSession[]][] {
  const groups = new Map<string, DashboardSession[]>();
  for (const session of sessions) {
    const label = formatPeriod(session.date, period);
    const group = groups.get(label);
    if (group) group.push(session);
    else groups.set(label, [session]);
  }
  return [...groups];
}

/** The periods a long history is drawn by, or null when each retro is drawn. */
function grouping(
  sessions: DashboardSession[],
): { per: Period; groups: [string, DashboardSession[]][] } | null {
  if (sessions.length <= RETROS_DRAWN_EACH) return null;
  for (const per of PERIODS) {
    const groups = byPeriod(sessions, per);
    if (groups.length <= MOST_PERIODS || per === 'year') {
      // Centuries of yearly retros still draw no more than MOST_PERIODS points: the latest.
      return { per, groups: groups.slice(-MOST_PERIODS) };
    }
  }
  return null;
}

/** The points a chart of these retros (oldest first) draws, and their labels. */
export function retroAxis(sessions: DashboardSession[]): RetroAxis {
  const grouped = grouping(sessions);
  if (!grouped) {
    return {
      per: 'retro',
      points: sessions,
      labels: sessionAxisLabels(sessions.map((session) => session.date)),
    };
  }
  const { per, groups } = grouped;
  return {
    per,
    points: groups.map(([label, retros]) => foldRetros(`${per}:${label}`, label, retros)),
    labels: groups.map(([label]) => label),
  };
}

/** What a per-retro chart's caption adds when it groups the retros; null when it draws each. */
export function groupingNote(sessions: DashboardSession[]): string | null {
  const grouped = grouping(sessions);
  if (!grouped) return null;
  return (
    `These ${plural(sessions.length, 'retro')} are drawn one point per ${grouped.per}: its ` +
    'ratings pooled, its kudos and participants as a mean per retro. The table lists each retro.'
  );
}
