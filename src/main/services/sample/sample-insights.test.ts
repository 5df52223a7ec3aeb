import { INSIGHT_LEVELS, INSIGHT_RULE_IDS, type InsightRuleId } from '@shared/insights';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../../test/dispatch-helpers';
import { tempWorkspace } from '../../test/temp-workspace';
import { localDate } from '../ids';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;

beforeEach(async () => {
  ws = await tempWorkspace();
});
afterEach(() => ws.dispose());

/** The sample team's retros, oldest first. */
function loadSample() {
  const team = ok(ws, 'sample.load', {});
  const sessions = ok(ws, 'sessions.list', { teamId: team.id }).sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  return { teamId: team.id, sessions };
}

describe('what the trend says about the sample team', () => {
  it('has a history in which every rule speaks in the Close stage of at least one retro', () => {
    const { sessions } = loadSample();
    const fired = new Map<InsightRuleId, string[]>();
    for (const session of sessions) {
      for (const insight of ok(ws, 'insights.session', { sessionId: session.id }).insights) {
        fired.set(insight.ruleId, [...(fired.get(insight.ruleId) ?? []), session.title]);
      }
    }
    expect([...fired.keys()].sort()).toEqual([...INSIGHT_RULE_IDS].sort());
    // The smaller, flatter retro is where participation and the ROTI both drop.
    expect(fired.get('participation-falling')).toEqual(fired.get('roti-falling'));
  });

  it('shows a few insights on its dashboard, needs-attention first, each resting on stored rows', () => {
    const { teamId, sessions } = loadSample();
    // The dashboard opens on the latest 10 retros.
    const trend = ok(ws, 'insights.team', { teamId, lastN: 10 });
    expect(trend.notEnoughData).toBeNull();
    expect(trend.retrosRead).toBe(10);
    expect(trend.insights.length).toBeGreaterThanOrEqual(3);
    expect(trend.insights.length).toBeLessThanOrEqual(8);
    const levels = trend.insights.map((insight) => INSIGHT_LEVELS.indexOf(insight.level));
    expect(levels).toEqual([...levels].sort());
    expect(new Set(trend.insights.map((insight) => insight.level))).toEqual(
      new Set(INSIGHT_LEVELS),
    );
    expect(trend.insights.map((insight) => [insight.ruleId, insight.practiceId])).toEqual(
      expect.arrayContaining([
        ['lowest-streak', 'model-humility'],
        ['practice-falling', 'share-information'],
        ['practice-disagreement', 'reward-initiative'],
        ['practice-rising', 'influence-not-control'],
      ]),
    );

    // The split on initiative is what the latest retro's stored ratings say.
    const latest = sessions.at(-1);
    const scores = ws.db
      .prepare(
        `SELECT score FROM pulse_ratings WHERE session_id = ? AND practice_id = 'reward-initiative'`,
      )
      .pluck()
      .all(latest?.id) as number[];
    const split = trend.insights.find((insight) => insight.ruleId === 'practice-disagreement');
    const figures = Object.fromEntries(split?.figures.map((f) => [f.key, f.value]) ?? []);
    expect(figures).toMatchObject({
      ratings: scores.length,
      low: scores.filter((score) => score <= 2).length,
      high: scores.filter((score) => score >= 4).length,
    });
    expect(split?.sessions.map((session) => session.id)).toEqual([latest?.id]);

    // The overdue action is still open in the stored rows, and was due before today.
    const overdue = ws.db
      .prepare(
        `SELECT COUNT(*) FROM actions WHERE team_id = ? AND status IN ('open', 'in_progress')
         AND due_date < ?`,
      )
      .pluck()
      .get(teamId, localDate());
    const late = trend.insights.find((insight) => insight.ruleId === 'overdue-actions');
    expect(late?.figures.find((f) => f.key === 'overdue')?.value).toBe(overdue);
    expect(overdue).toBeGreaterThan(0);
  });

  it('points the next retro at the practice stuck at the bottom', () => {
    const { teamId } = loadSample();
    const next = ok(ws, 'sessions.create', { teamId, title: 'Sprint 27 retro' });
    const view = ok(ws, 'sessions.get', { sessionId: next.id });
    expect(view.focus).toMatchObject({ practiceId: 'model-humility', ruleId: 'lowest-streak' });
    expect(view.reflectOrder[0]).toBe('model-humility');
  });
});
