import type { Distribution } from '@shared/sessions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../../test/dispatch-helpers';
import { ALL_CALM, action, close, ratings, reopen, retro, review } from '../../test/retro-history';
import { tempWorkspace } from '../../test/temp-workspace';
import { sessionRow } from '../session-guards';
import { deriveInsights } from './derive';
import { loadHistory } from './history';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
beforeEach(async () => {
  ws = await tempWorkspace();
});
afterEach(() => ws.dispose());

const LOW = ratings(3, 3, 2, 2, 2);
const HIGH = ratings(5, 5, 5, 5, 4);
const humility = (counts: Distribution) => ({ ...ALL_CALM, 'model-humility': counts });

/** What the rules say of the retros before this one right now, worked out afresh. */
function focusNow(sessionId: string) {
  const row = sessionRow(ws.db, sessionId);
  const scope = { kind: 'before' as const, teamId: row.team_id, sessionId };
  return deriveInsights(loadHistory(ws.db, scope, row.date)).focus;
}

const viewFocus = (sessionId: string) => ok(ws, 'sessions.get', { sessionId }).focus;

describe('the suggested focus a console view carries', () => {
  it('follows every change to the retros it rests on', () => {
    const teamId = ok(ws, 'teams.create', { name: 'Checkout' }).id;
    const dates = ['2026-01-05', '2026-01-19', '2026-02-02'];
    const earlier = dates.map((date) => retro(ws, teamId, { date, pulse: humility(LOW) }));
    const next = ok(ws, 'sessions.create', { teamId, title: 'Next', date: '2026-02-16' }).id;
    expect(viewFocus(next)?.practiceId).toBe('model-humility');

    // The console's own changes leave it as it was.
    ok(ws, 'participants.set', { sessionId: next, mode: 'anonymous', count: 5 });
    ok(ws, 'pulse.setTally', { sessionId: next, practiceId: 'model-humility', counts: HIGH });
    ok(ws, 'timer.start', { sessionId: next });
    expect(viewFocus(next)).toEqual(focusNow(next));

    // The latest earlier retro, reopened and rated anew, no longer has humility lowest.
    const latest = earlier[2] ?? '';
    reopen(ws, latest);
    ok(ws, 'pulse.setTally', { sessionId: latest, practiceId: 'model-humility', counts: HIGH });
    expect(viewFocus(next)).toEqual(focusNow(next));
    close(ws, latest);
    expect(viewFocus(next)?.practiceId).not.toBe('model-humility');
    expect(viewFocus(next)).toEqual(focusNow(next));

    // Its verdicts on the earlier retros' actions are part of what the rules read.
    reopen(ws, latest);
    const stalled = [1, 2, 3].map(() => action(ws, latest, 'share-information'));
    close(ws, latest);
    expect(viewFocus(next)).toBeNull();
    for (const id of stalled) review(ws, next, id, 'dropped');
    expect(viewFocus(next)).toMatchObject({
      practiceId: 'share-information',
      ruleId: 'actions-stalling',
    });
    expect(viewFocus(next)).toEqual(focusNow(next));
  });
});
