import type { PracticeId } from '@shared/practices';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, participantIds, refused, sessionWith } from '../test/dispatch-helpers';
import { tempWorkspace } from '../test/temp-workspace';
import { pulseView } from './pulse';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;

beforeEach(async () => {
  ws = await tempWorkspace();
});
afterEach(() => ws.dispose());

/** A session on a fresh team; with `people`, that many anonymous participants are checked in. */
function newSession(people = 0, teamName?: string): { sessionId: string; ids: string[] } {
  const { sessionId } = sessionWith(ws, people, teamName);
  return { sessionId, ids: participantIds(ws, sessionId) };
}

const allFour = (score: number): Record<PracticeId, number> => ({
  'reward-initiative': score,
  'share-information': score,
  'model-humility': score,
  'influence-not-control': score,
});

const storedRows = (sessionId: string) =>
  ws.db
    .prepare(
      `SELECT practice_id AS practiceId, score, entry FROM pulse_ratings
       WHERE session_id = ? ORDER BY practice_id, entry, score`,
    )
    .all(sessionId);

const practice = (sessionId: string, practiceId: PracticeId) => {
  const found = pulseView(ws.db, sessionId).pulse.find((p) => p.practiceId === practiceId);
  if (!found) throw new Error(`no pulse for ${practiceId}`);
  return found;
};

describe('pulse tally', () => {
  it('stores one row per rating without a participant and sums them up per practice', () => {
    const { sessionId } = newSession(5);
    ok(ws, 'pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [0, 1, 2, 1, 1] });
    const rows = storedRows(sessionId) as { score: number; entry: string }[];
    expect(rows.map((r) => r.score)).toEqual([2, 3, 3, 4, 5]);
    expect(rows.every((r) => r.entry === 'tally')).toBe(true);

    const view = pulseView(ws.db, sessionId);
    expect(view.pulse.map((p) => p.practiceId)).toEqual([
      'reward-initiative',
      'share-information',
      'model-humility',
      'influence-not-control',
    ]);
    // (2 + 3 + 3 + 4 + 5) / 5 = 17 / 5
    expect(practice(sessionId, 'model-humility')).toEqual({
      practiceId: 'model-humility',
      distribution: [0, 1, 2, 1, 1],
      total: 5,
      mean: 3.4,
      tally: [0, 1, 2, 1, 1],
    });
    expect(practice(sessionId, 'reward-initiative')).toEqual({
      practiceId: 'reward-initiative',
      distribution: [0, 0, 0, 0, 0],
      total: 0,
      mean: null,
      tally: [0, 0, 0, 0, 0],
    });
    expect(view.pulseSubmitted).toEqual([]);
  });

  it('rounds the mean to two decimals', () => {
    const { sessionId } = newSession(5);
    // (3 + 3 + 4) / 3 = 3.333…
    ok(ws, 'pulse.setTally', {
      sessionId,
      practiceId: 'share-information',
      counts: [0, 0, 2, 1, 0],
    });
    // (3 + 4 + 4) / 3 = 3.666…
    ok(ws, 'pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [0, 0, 1, 2, 0] });
    expect(practice(sessionId, 'share-information').mean).toBe(3.33);
    expect(practice(sessionId, 'model-humility').mean).toBe(3.67);
  });

  it('replaces the tally of a practice as a whole and leaves the other practices alone', () => {
    const { sessionId } = newSession(5);
    ok(ws, 'pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [0, 0, 5, 0, 0] });
    ok(ws, 'pulse.setTally', {
      sessionId,
      practiceId: 'share-information',
      counts: [0, 0, 0, 0, 2],
    });
    ok(ws, 'pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [1, 0, 0, 0, 0] });
    expect(practice(sessionId, 'model-humility').distribution).toEqual([1, 0, 0, 0, 0]);
    expect(practice(sessionId, 'share-information').distribution).toEqual([0, 0, 0, 0, 2]);
    expect(storedRows(sessionId)).toHaveLength(3);
    ok(ws, 'pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [0, 0, 0, 0, 0] });
    expect(practice(sessionId, 'model-humility')).toMatchObject({ total: 0, mean: null });
  });

  it('accepts a tally of exactly the participant count and refuses one more, keeping the old tally', () => {
    const { sessionId } = newSession(5);
    ok(ws, 'pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [1, 1, 1, 1, 1] });
    const error = refused(ws, 'pulse.setTally', {
      sessionId,
      practiceId: 'model-humility',
      counts: [2, 2, 2, 0, 0],
    });
    expect(error).toMatchObject({ code: 'conflict', field: 'counts' });
    expect(error.message).toBe(
      'This tally for “Model humility” adds up to 6 ratings, but only 5 people are here. ' +
        'Check the counts, or update who is here in the check-in.',
    );
    expect(practice(sessionId, 'model-humility').distribution).toEqual([1, 1, 1, 1, 1]);
  });

  it('counts privately entered ratings against the tally limit', () => {
    const { sessionId, ids } = newSession(5);
    ok(ws, 'pulse.submit', { sessionId, participantId: ids[0], ratings: allFour(4) });
    ok(ws, 'pulse.submit', { sessionId, participantId: ids[1], ratings: allFour(2) });
    ok(ws, 'pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [0, 0, 3, 0, 0] });
    const error = refused(ws, 'pulse.setTally', {
      sessionId,
      practiceId: 'model-humility',
      counts: [0, 0, 3, 1, 0],
    });
    expect(error).toMatchObject({ code: 'conflict', field: 'counts' });
    expect(error.message).toContain('adds up to 4 ratings, plus 2 ratings entered privately,');
    // Two private 4s and 2s plus three tallied 3s: (4 + 2 + 3 × 3) / 5 = 3
    expect(practice(sessionId, 'model-humility')).toEqual({
      practiceId: 'model-humility',
      distribution: [0, 1, 3, 1, 0],
      total: 5,
      mean: 3,
      tally: [0, 0, 3, 0, 0],
    });
  });

  it('refuses a tally before the check-in has recorded anyone, and stores nothing', () => {
    const { sessionId } = newSession();
    const error = refused(ws, 'pulse.setTally', {
      sessionId,
      practiceId: 'model-humility',
      counts: [0, 0, 1, 0, 0],
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('check-in');
    expect(storedRows(sessionId)).toEqual([]);
  });

  it('refuses malformed tallies and stores nothing', () => {
    const { sessionId } = newSession(5);
    const cases: [unknown, string][] = [
      [{ sessionId, practiceId: 'bravery', counts: [0, 0, 1, 0, 0] }, 'practiceId'],
      [{ sessionId, practiceId: 'model-humility', counts: [0, 0, 1, 0] }, 'counts'],
      [{ sessionId, practiceId: 'model-humility', counts: [0, -1, 1, 0, 0] }, 'counts.1'],
      [{ sessionId, practiceId: 'model-humility', counts: [0, 0.5, 1, 0, 0] }, 'counts.1'],
      [{ sessionId, practiceId: 'model-humility' }, 'counts'],
    ];
    for (const [input, field] of cases) {
      expect(refused(ws, 'pulse.setTally', input), JSON.stringify(input)).toMatchObject({
        code: 'invalid_input',
        field,
      });
    }
    expect(storedRows(sessionId)).toEqual([]);
  });
});

describe('pulse entered privately', () => {
  it('stores one rating per practice with no link to the participant and lists who has entered, in check-in order', () => {
    const { sessionId, ids } = newSession(3);
    const ratings = {
      'reward-initiative': 1,
      'share-information': 2,
      'model-humility': 4,
      'influence-not-control': 5,
    };
    ok(ws, 'pulse.submit', { sessionId, participantId: ids[2], ratings });
    ok(ws, 'pulse.submit', { sessionId, participantId: ids[0], ratings: allFour(3) });
    expect(
      ws.db
        .prepare(
          'SELECT practice_id, score FROM pulse_ratings WHERE score <> 3 ORDER BY practice_id',
        )
        .all(),
    ).toEqual([
      { practice_id: 'influence-not-control', score: 5 },
      { practice_id: 'model-humility', score: 4 },
      { practice_id: 'reward-initiative', score: 1 },
      { practice_id: 'share-information', score: 2 },
    ]);
    expect(storedRows(sessionId).every((r) => (r as { entry: string }).entry === 'private')).toBe(
      true,
    );
    expect(
      ws.db.prepare('SELECT round, participant_id FROM submissions ORDER BY participant_id').all(),
    ).toEqual(
      [ids[0], ids[2]].sort().map((participant_id) => ({ round: 'pulse', participant_id })),
    );
    const view = pulseView(ws.db, sessionId);
    expect(view.pulseSubmitted).toEqual([ids[0], ids[2]]);
    // (1 + 3) / 2 = 2, none of it from a tally
    expect(practice(sessionId, 'reward-initiative')).toEqual({
      practiceId: 'reward-initiative',
      distribution: [1, 0, 1, 0, 0],
      total: 2,
      mean: 2,
      tally: [0, 0, 0, 0, 0],
    });
  });

  it('refuses a second entry by the same participant, keeping the first', () => {
    const { sessionId, ids } = newSession(2);
    ok(ws, 'pulse.submit', { sessionId, participantId: ids[0], ratings: allFour(1) });
    const error = refused(ws, 'pulse.submit', {
      sessionId,
      participantId: ids[0],
      ratings: allFour(5),
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/already entered/);
    expect(storedRows(sessionId)).toHaveLength(4);
    expect(practice(sessionId, 'share-information')).toMatchObject({
      distribution: [1, 0, 0, 0, 0],
      total: 1,
    });
    expect(pulseView(ws.db, sessionId).pulseSubmitted).toEqual([ids[0]]);
  });

  it('clears the whole private round on request, keeping the tally, so everyone can enter again', () => {
    const { sessionId, ids } = newSession(3);
    ok(ws, 'pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [0, 0, 0, 1, 0] });
    for (const id of ids.slice(0, 2))
      ok(ws, 'pulse.submit', { sessionId, participantId: id, ratings: allFour(2) });
    ok(ws, 'entries.clearPrivate', { sessionId, round: 'pulse' });
    expect(pulseView(ws.db, sessionId).pulseSubmitted).toEqual([]);
    expect(practice(sessionId, 'model-humility')).toMatchObject({ distribution: [0, 0, 0, 1, 0] });
    expect(practice(sessionId, 'share-information').total).toBe(0);
    ok(ws, 'pulse.submit', { sessionId, participantId: ids[0], ratings: allFour(5) });
    expect(practice(sessionId, 'model-humility')).toMatchObject({ distribution: [0, 0, 0, 1, 1] });
  });

  it('refuses a private entry when the tally already fills a practice, storing none of the four', () => {
    const { sessionId, ids } = newSession(3);
    ok(ws, 'pulse.setTally', {
      sessionId,
      practiceId: 'share-information',
      counts: [0, 0, 1, 1, 0],
    });
    ok(ws, 'pulse.submit', { sessionId, participantId: ids[0], ratings: allFour(5) });
    const error = refused(ws, 'pulse.submit', {
      sessionId,
      participantId: ids[1],
      ratings: allFour(1),
    });
    expect(error).toMatchObject({ code: 'conflict', field: 'ratings' });
    expect(error.message).toBe(
      '“Share information freely” already has 3 ratings for 3 people, so there is no room for ' +
        'another. Lower its tally first, or update who is here in the check-in.',
    );
    expect(storedRows(sessionId)).toHaveLength(6);
    expect(pulseView(ws.db, sessionId).pulseSubmitted).toEqual([ids[0]]);
  });

  it('refuses a participant from another session or an unknown one, and stores nothing', () => {
    const { sessionId } = newSession(2);
    const other = newSession(2, 'Platform');
    for (const participantId of [other.ids[0], 'no-such-person']) {
      const error = refused(ws, 'pulse.submit', { sessionId, participantId, ratings: allFour(3) });
      expect(error.code).toBe('not_found');
      expect(error.message).toBe('That participant is not part of this session.');
    }
    expect(storedRows(sessionId)).toEqual([]);
    expect(storedRows(other.sessionId)).toEqual([]);
  });

  it('refuses a private entry before the check-in has recorded anyone', () => {
    const { sessionId } = newSession();
    const error = refused(ws, 'pulse.submit', {
      sessionId,
      participantId: 'someone',
      ratings: allFour(3),
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('check-in');
  });

  it('takes only whole ratings from 1 to 5 for all four practices, and stores nothing otherwise', () => {
    const { sessionId, ids } = newSession(2);
    const participantId = ids[0];
    const cases: [unknown, string][] = [
      [{ ...allFour(3), 'model-humility': 0 }, 'ratings.model-humility'],
      [{ ...allFour(3), 'model-humility': 6 }, 'ratings.model-humility'],
      [{ ...allFour(3), 'model-humility': 2.5 }, 'ratings.model-humility'],
      [{ ...allFour(3), 'model-humility': '3' }, 'ratings.model-humility'],
      [
        { 'reward-initiative': 3, 'share-information': 3, 'model-humility': 3 },
        'ratings.influence-not-control',
      ],
      [{ ...allFour(3), bravery: 3 }, 'ratings'],
    ];
    for (const [ratings, field] of cases) {
      const error = refused(ws, 'pulse.submit', { sessionId, participantId, ratings });
      expect(error, JSON.stringify(ratings)).toMatchObject({ code: 'invalid_input', field });
    }
    expect(
      refused(ws, 'pulse.submit', { sessionId, participantId, ratings: allFour(0) }).message,
    ).toBe('Ratings go from 1 to 5.');
    expect(storedRows(sessionId)).toEqual([]);
  });
});

describe('pulse reveal', () => {
  it('reveals and hides the ratings together', () => {
    const { sessionId } = newSession(2);
    const revealed = () =>
      ws.db.prepare('SELECT pulse_revealed FROM sessions WHERE id = ?').pluck().get(sessionId);
    expect(revealed()).toBe(0);
    ok(ws, 'pulse.reveal', { sessionId, revealed: true });
    expect(revealed()).toBe(1);
    ok(ws, 'pulse.reveal', { sessionId, revealed: false });
    expect(revealed()).toBe(0);
    expect(refused(ws, 'pulse.reveal', { sessionId, revealed: 'yes' })).toMatchObject({
      code: 'invalid_input',
      field: 'revealed',
    });
  });

  it('reports a missing session as not found for every pulse method', () => {
    const sessionId = 'no-such-session';
    for (const [method, input] of [
      ['pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [0, 0, 1, 0, 0] }],
      ['pulse.submit', { sessionId, participantId: 'p', ratings: allFour(3) }],
      ['pulse.reveal', { sessionId, revealed: true }],
    ] as const) {
      expect(refused(ws, method, input).code, method).toBe('not_found');
    }
  });
});

describe('pulse in a closed session', () => {
  it('refuses every change while closed and accepts them again once reopened', () => {
    const { sessionId, ids } = newSession(3);
    ok(ws, 'pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [0, 0, 1, 0, 0] });
    ok(ws, 'sessions.close', { sessionId });
    const before = storedRows(sessionId);
    for (const [method, input] of [
      ['pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [0, 0, 0, 0, 2] }],
      ['pulse.submit', { sessionId, participantId: ids[0], ratings: allFour(3) }],
      ['pulse.reveal', { sessionId, revealed: true }],
    ] as const) {
      const error = refused(ws, method, input);
      expect(error.code, method).toBe('read_only');
      expect(error.message).toContain('Reopen it');
    }
    expect(storedRows(sessionId)).toEqual(before);
    expect(
      ws.db.prepare('SELECT pulse_revealed FROM sessions WHERE id = ?').pluck().get(sessionId),
    ).toBe(0);

    ok(ws, 'sessions.reopen', { sessionId });
    ok(ws, 'pulse.submit', { sessionId, participantId: ids[0], ratings: allFour(3) });
    expect(practice(sessionId, 'model-humility').total).toBe(2);
  });
});
