import type { DashboardSession } from '@shared/dashboard';
import { formatDate, formatPercent, plural, pluralWord, roundTo } from '@shared/format';
import { threshold } from '@shared/insight-rules';
import type { Insight } from '@shared/insights';
import { PRACTICE_IDS } from '@shared/practices';
import { figure, insight, meanOf, practiceLabel } from './common';
import type { ActionFact, History } from './history';

const reviewedEnough = (session: DashboardSession) =>
  session.followThrough.rate !== null && session.followThrough.reviewed >= threshold('minReviewed');

/**
 * The newest retro whose follow-ups were reviewed, against up to `baselineRetros` reviewed retros
 * before it. The newest retros wait for their review, so they are not counted as zero.
 */
export function followThroughFalling(history: History): Insight[] {
  const latest = history.sessions.filter((s) => s.followThrough.reviewed > 0).at(-1);
  if (!latest || !reviewedEnough(latest)) return [];
  const before = history.sessions.slice(0, history.sessions.indexOf(latest)).filter(reviewedEnough);
  const baseline = before.slice(-threshold('baselineRetros'));
  if (baseline.length < 2) return [];
  const rate = latest.followThrough.rate ?? 0;
  const baselineRate = roundTo(meanOf(baseline.map((s) => s.followThrough.rate ?? 0)), 2);
  if (baselineRate - rate < threshold('followThroughDrop') - 1e-9) return [];
  const { reviewed, doneByNextReview } = latest.followThrough;
  return [
    insight({
      ruleId: 'follow-through-falling',
      practiceId: null,
      chartId: 'follow-through',
      sentence:
        `Follow-through is falling: of the ${reviewed} actions and commitments from the retro on ` +
        `${formatDate(latest.date)} that were reviewed, ${doneByNextReview} ` +
        `${pluralWord(doneByNextReview, 'was')} done by the next review (${formatPercent(rate)}), ` +
        `against a mean of ${formatPercent(baselineRate)} over the ${baseline.length} retros before.`,
      figures: [
        figure('reviewed', 'Reviewed', reviewed, 'count'),
        figure('done', 'Done by the next review', doneByNextReview, 'count'),
        figure('rate', 'Follow-through', rate, 'share'),
        figure(
          'baselineRate',
          `Mean of the ${baseline.length} retros before`,
          baselineRate,
          'share',
        ),
      ],
      sessions: [...baseline, latest],
    }),
  ];
}

const sessionsOf = (history: History, actions: ActionFact[]) =>
  history.sessions.filter((s) => actions.some((a) => a.sessionId === s.id));

/** Actions on one practice that their first review repeatedly found not done. */
export function actionsStalling(history: History): Insight[] {
  return PRACTICE_IDS.flatMap((practiceId): Insight[] => {
    const reviewed = history.actions.filter(
      (a) => a.practiceId === practiceId && a.firstReview !== null,
    );
    const stalled = reviewed.filter((a) => a.firstReview !== 'done');
    if (stalled.length < threshold('stalledActions') || stalled.length * 2 <= reviewed.length) {
      return [];
    }
    const first = sessionsOf(history, reviewed)[0];
    return [
      insight({
        ruleId: 'actions-stalling',
        practiceId,
        chartId: 'follow-through',
        sentence:
          `Actions on ${practiceLabel(practiceId)} keep stalling: ${stalled.length} of the ` +
          `${reviewed.length} reviewed${first ? ` since ${formatDate(first.date)}` : ''} were not done ` +
          'by their next review.',
        figures: [
          figure('notDone', 'Not done by the next review', stalled.length, 'count'),
          figure('reviewed', 'Reviewed', reviewed.length, 'count'),
        ],
        sessions: sessionsOf(history, stalled),
      }),
    ];
  });
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Actions from the retros read that are still open after their due date. */
export function overdueActions(history: History): Insight[] {
  const overdue = history.actions
    .filter((a) => (a.status === 'open' || a.status === 'in_progress') && a.dueDate !== null)
    .filter((a) => (a.dueDate ?? '') < history.asOf);
  const oldest = overdue.map((a) => a.dueDate ?? '').sort()[0];
  if (!oldest) return [];
  const practices = new Set(overdue.map((a) => a.practiceId));
  const [only] = practices;
  const practiceId = practices.size === 1 && only ? only : null;
  const late = daysBetween(oldest, history.asOf);
  const one = overdue.length === 1;
  const what = one
    ? `1 action${practiceId ? ` on ${practiceLabel(practiceId)}` : ''} is`
    : `${overdue.length} actions${practiceId ? `, all on ${practiceLabel(practiceId)},` : ''} are`;
  return [
    insight({
      ruleId: 'overdue-actions',
      practiceId,
      chartId: 'follow-through',
      sentence:
        `${what} past ${one ? 'its' : 'their'} due date and still open; ` +
        `${one ? 'it' : 'the oldest'} was due on ${formatDate(oldest)}, ${plural(late, 'day')} ago.`,
      figures: [
        figure('overdue', 'Overdue actions', overdue.length, 'count'),
        figure('daysLate', 'Days since the oldest was due', late, 'count'),
      ],
      sessions: sessionsOf(history, overdue),
    }),
  ];
}
