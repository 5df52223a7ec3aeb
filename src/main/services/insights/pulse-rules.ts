import type { DashboardSession } from '@shared/dashboard';
import { formatDate, formatDecimal, formatPercent } from '@shared/format';
import { threshold } from '@shared/insight-rules';
import type { Insight } from '@shared/insights';
import { PRACTICE_IDS, type PracticeId } from '@shared/practices';
import {
  beyondNoise,
  figure,
  insight,
  isRated,
  practiceLabel,
  ratedStats,
  shiftFigures,
  shiftOf,
} from './common';
import type { History } from './history';

/** The practice strictly lowest in a retro where all four were rated by enough people. */
function lowestIn(
  session: DashboardSession,
): { practiceId: PracticeId; mean: number; next: number } | null {
  const rated = PRACTICE_IDS.map((id) => ratedStats(session, id));
  if (rated.some((stats) => stats === null)) return null;
  const [lowest, next] = rated.flatMap((s) => (s ? [s] : [])).sort((a, b) => a.mean - b.mean);
  if (!lowest || !next || lowest.mean === next.mean) return null;
  return { practiceId: lowest.practiceId, mean: lowest.mean, next: next.mean };
}

/** The same practice lowest in every one of the latest rated retros, enough of them in a row. */
export function lowestStreak(history: History): Insight[] {
  const rated = history.sessions.filter(isRated);
  const latest = rated.at(-1);
  const lowest = latest ? lowestIn(latest) : null;
  if (!latest || !lowest) return [];
  const streak: DashboardSession[] = [];
  for (const session of [...rated].reverse()) {
    if (lowestIn(session)?.practiceId !== lowest.practiceId) break;
    streak.unshift(session);
  }
  const first = streak[0];
  if (!first || streak.length < threshold('lowestStreak')) return [];
  return [
    insight({
      ruleId: 'lowest-streak',
      practiceId: lowest.practiceId,
      chartId: 'pulse-trend',
      sentence:
        `${practiceLabel(lowest.practiceId)} has been the team’s lowest-rated practice in each of ` +
        `the last ${streak.length} rated retros (since ${formatDate(first.date)}). In the latest it ` +
        `averaged ${formatDecimal(lowest.mean, 2)}, against ${formatDecimal(lowest.next, 2)} for the next lowest.`,
      figures: [
        figure('retros', 'Rated retros in a row', streak.length, 'count'),
        figure('latestMean', 'Latest mean', lowest.mean, 'mean'),
        figure('nextLowestMean', 'Next lowest practice', lowest.next, 'mean'),
      ],
      sessions: streak,
    }),
  ];
}

/**
 * Per practice: its latest rated retro against the retros before it. Only when that retro is the
 * team's latest rated one, so a practice left unrated lately is not judged on old numbers.
 */
export function practiceShifts(history: History): Insight[] {
  const newest = history.sessions.filter(isRated).at(-1);
  return PRACTICE_IDS.flatMap((practiceId): Insight[] => {
    const series = history.sessions.filter((s) => ratedStats(s, practiceId) !== null);
    const latest = series.at(-1);
    if (!latest || latest !== newest) return [];
    const covered = series.slice(-1 - threshold('baselineRetros'));
    const shift = shiftOf(covered.map((s) => ratedStats(s, practiceId)?.mean ?? 0));
    if (!shift?.clear) return [];
    const fell = shift.change < 0;
    return [
      insight({
        ruleId: fell ? 'practice-falling' : 'practice-rising',
        practiceId,
        chartId: 'pulse-trend',
        sentence:
          `Ratings for ${practiceLabel(practiceId)} ${fell ? 'fell' : 'rose'} to ` +
          `${formatDecimal(shift.latest, 2)} in the latest retro (${formatDate(latest.date)}), from a mean of ` +
          `${formatDecimal(shift.baselineMean, 2)} over the ${shift.baselineCount} retros before: ` +
          `${fell ? 'a fall' : 'a rise'} of ${formatDecimal(Math.abs(shift.change), 2)}, ${beyondNoise(shift)}.`,
        figures: [
          ...shiftFigures(shift),
          figure(
            'ratings',
            'Ratings in the latest retro',
            ratedStats(latest, practiceId)?.count ?? 0,
            'count',
          ),
        ],
        sessions: covered,
      }),
    ];
  });
}

/** A practice whose latest ratings split between low (1–2) and high (4–5). */
export function disagreements(history: History): Insight[] {
  const latest = history.sessions.filter(isRated).at(-1);
  if (!latest) return [];
  const share = threshold('splitShare');
  return PRACTICE_IDS.flatMap((practiceId): Insight[] => {
    const stats = ratedStats(latest, practiceId);
    if (!stats) return [];
    const [d1, d2, , d4, d5] = stats.distribution;
    const low = d1 + d2;
    const high = d4 + d5;
    if (low < share * stats.count || high < share * stats.count) return [];
    return [
      insight({
        ruleId: 'practice-disagreement',
        practiceId,
        chartId: 'distribution',
        sentence:
          `The team is split on ${practiceLabel(practiceId)}: in the latest retro ` +
          `(${formatDate(latest.date)}) ${low} of ${stats.count} ratings were 1 or 2 ` +
          `(${formatPercent(low / stats.count)}) and ${high} were 4 or 5 (${formatPercent(high / stats.count)}), ` +
          `so the mean of ${formatDecimal(stats.mean, 2)} hides a disagreement worth talking through.`,
        figures: [
          figure('ratings', 'Ratings', stats.count, 'count'),
          figure('low', 'Rated 1 or 2', low, 'count'),
          figure('high', 'Rated 4 or 5', high, 'count'),
          figure('mean', 'Mean', stats.mean, 'mean'),
        ],
        sessions: [latest],
      }),
    ];
  });
}
