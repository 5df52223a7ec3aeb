import type { DashboardSession } from '@shared/dashboard';
import { formatDate, formatDecimal, formatPercent, plural, roundTo } from '@shared/format';
import { threshold } from '@shared/insight-rules';
import type { Insight } from '@shared/insights';
import { beyondNoise, figure, insight, meanOf, shiftFigures, shiftOf } from './common';
import type { History } from './history';

/** The latest retros that ran Recognize, all without a single kudos. */
export function noKudos(history: History): Insight[] {
  const withStage = history.sessions.filter((s) => history.ranRecognize.has(s.id));
  const streak: DashboardSession[] = [];
  for (const session of [...withStage].reverse()) {
    if (session.kudos > 0) break;
    streak.unshift(session);
  }
  const first = streak[0];
  if (!first || streak.length < threshold('kudosGap')) return [];
  return [
    insight({
      ruleId: 'no-kudos',
      practiceId: 'reward-initiative',
      chartId: 'kudos',
      sentence:
        `No kudos were recorded in the last ${streak.length} retros (since ${formatDate(first.date)}), ` +
        'though noticing initiative is the first practice: acts worth thanking may be going unseen.',
      figures: [figure('retros', 'Retros without kudos', streak.length, 'count')],
      sessions: streak,
    }),
  ];
}

/** The latest retro's head count against the mean of the retros before it. */
export function participationFalling(history: History): Insight[] {
  const series = history.sessions.filter((s) => s.participants > 0);
  const latest = series.at(-1);
  const baseline = series.slice(-1 - threshold('baselineRetros'), -1);
  if (!latest || baseline.length < 2) return [];
  const baselineMean = roundTo(meanOf(baseline.map((s) => s.participants)), 2);
  const fewer = roundTo(baselineMean - latest.participants, 2);
  const share = roundTo(fewer / baselineMean, 2);
  if (fewer < threshold('minPeopleDrop') || share < threshold('participationDrop') - 1e-9)
    return [];
  return [
    insight({
      ruleId: 'participation-falling',
      practiceId: null,
      chartId: 'participation',
      sentence:
        `${plural(latest.participants, 'person')} took part in the latest retro ` +
        `(${formatDate(latest.date)}), against a mean of ${formatDecimal(baselineMean, 2)} over the ` +
        `${baseline.length} retros before: ${formatPercent(share)} fewer.`,
      figures: [
        figure('latest', 'People in the latest retro', latest.participants, 'count'),
        figure(
          'baselineMean',
          `Mean of the ${baseline.length} retros before`,
          baselineMean,
          'mean',
        ),
        figure('drop', 'Fewer by', share, 'share'),
      ],
      sessions: [...baseline, latest],
    }),
  ];
}

/** The latest ROTI against the retros before it, beyond the usual move. */
export function rotiFalling(history: History): Insight[] {
  const newest = history.sessions.filter((s) => s.roti.count > 0).at(-1);
  const series = history.sessions.filter((s) => s.roti.count >= threshold('minRatings'));
  const latest = series.at(-1);
  if (!latest || latest !== newest) return [];
  const covered = series.slice(-1 - threshold('baselineRetros'));
  const shift = shiftOf(covered.map((s) => s.roti.mean ?? 0));
  if (!shift?.clear || shift.change > 0) return [];
  return [
    insight({
      ruleId: 'roti-falling',
      practiceId: null,
      chartId: 'roti',
      sentence:
        `The return on time invested fell to ${formatDecimal(shift.latest, 2)} in the latest retro ` +
        `(${formatDate(latest.date)}), from a mean of ${formatDecimal(shift.baselineMean, 2)} over the ` +
        `${shift.baselineCount} retros before: a fall of ${formatDecimal(Math.abs(shift.change), 2)}, ` +
        `${beyondNoise(shift)}.`,
      figures: [
        ...shiftFigures(shift),
        figure('answers', 'Answers in the latest retro', latest.roti.count, 'count'),
      ],
      sessions: covered,
    }),
  ];
}
