import type { DashboardSession, PracticeSessionStats } from '@shared/dashboard';
import { formatDecimal, roundTo } from '@shared/format';
import { threshold } from '@shared/insight-rules';
import { type Insight, type InsightFigure, insightRule } from '@shared/insights';
import { type PracticeId, practiceById } from '@shared/practices';

// What the rules share: wording and the "clear rise or fall" test. Sentences are built
// from practice names, numbers and dates only, so no name a person typed can reach them.

export const meanOf = (values: number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

export const practiceLabel = (id: PracticeId): string => `“${practiceById(id).name}”`;

export const figure = (
  key: string,
  label: string,
  value: number,
  format: InsightFigure['format'],
): InsightFigure => ({ key, label, value, format });

export function insight(
  fields: Omit<Insight, 'level' | 'sessions'> & { sessions: DashboardSession[] },
): Insight {
  return {
    ...fields,
    level: insightRule(fields.ruleId).level,
    sessions: fields.sessions.map(({ id, date, title }) => ({ id, date, title })),
  };
}

/** The practice's ratings in a retro, when enough people gave them. */
export function ratedStats(
  session: DashboardSession,
  practiceId: PracticeId,
): (PracticeSessionStats & { mean: number }) | null {
  const stats = session.pulse.find((p) => p.practiceId === practiceId);
  if (!stats || stats.mean === null || stats.count < threshold('minRatings')) return null;
  return { ...stats, mean: stats.mean };
}

/** A retro in which at least one practice was rated by enough people. */
export const isRated = (session: DashboardSession): boolean =>
  session.pulse.some((p) => ratedStats(session, p.practiceId) !== null);

/**
 * The latest value against the mean of up to `baselineRetros` values before it (at least 2).
 * `usualMove` is the mean step between consecutive baseline values; the shift is clear when the
 * change is at least `minShift` and at least `noiseFactor` times the usual move.
 */
export interface Shift {
  latest: number;
  baselineMean: number;
  baselineCount: number;
  change: number;
  usualMove: number;
  clear: boolean;
}

/** `values` oldest first, the latest last. */
export function shiftOf(values: number[]): Shift | null {
  const latest = values.at(-1);
  const baseline = values.slice(-1 - threshold('baselineRetros'), -1);
  if (latest === undefined || baseline.length < 2) return null;
  const baselineMean = roundTo(meanOf(baseline), 2);
  const steps = baseline
    .slice(1)
    .map((value, index) => Math.abs(value - (baseline[index] ?? value)));
  const usualMove = roundTo(meanOf(steps), 2);
  const change = roundTo(latest - baselineMean, 2);
  const bar = Math.max(threshold('minShift'), roundTo(threshold('noiseFactor') * usualMove, 2));
  return {
    latest,
    baselineMean,
    baselineCount: baseline.length,
    change,
    usualMove,
    clear: Math.abs(change) >= bar - 1e-9,
  };
}

/** How the shift compares with the usual move, for the sentence. */
export const beyondNoise = (shift: Shift): string =>
  shift.usualMove === 0
    ? 'where it had held steady before'
    : `at least ${threshold('noiseFactor')} times its usual move of ${formatDecimal(shift.usualMove, 2)} between retros`;

export const shiftFigures = (shift: Shift): InsightFigure[] => [
  figure('latestMean', 'Latest retro', shift.latest, 'mean'),
  figure(
    'baselineMean',
    `Mean of the ${shift.baselineCount} retros before`,
    shift.baselineMean,
    'mean',
  ),
  figure('change', 'Change', shift.change, 'change'),
  figure('usualMove', 'Usual move between retros', shift.usualMove, 'points'),
];
