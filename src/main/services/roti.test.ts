import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, participantIds, refused, sessionWith } from '../test/dispatch-helpers';
import { tempWorkspace } from '../test/temp-workspace';
import { rotiView } from './roti';

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

const storedRows = (sessionId: string) =>
  ws.db
    .prepare(
      `SELECT score, entry FROM roti_ratings
       WHERE session_id = ? ORDER BY entry, score`,
    )
    .all(sessionId) as { score: number; entry: string }[];

describe('ROTI tally', () => {
  it('stores one row per rating and reports distribution, total and mean', () => {
    const { sessionId } = newSession(6);
    ok(ws, 'roti.setTally', { sessionId, counts: [0, 1, 1, 3, 1] });
    const rows = storedRows(sessionId);
    expect(rows.map((r) => r.score)).toEqual([2, 3, 4, 4, 4, 5]);
    expect(rows.every((r) => r.entry === 'tally')).toBe(true);
    // (2 + 3 + 4 × 3 + 5) / 6 = 22 / 6 = 3.666…
    expect(rotiView(ws.db, sessionId)).toEqual({
      roti: { distribution: [0, 1, 1, 3, 1], total: 6, mean: 3.67, tally: [0, 1, 1, 3, 1] },
      rotiSubmitted: [],
    });
  });

  it('has no mean before anyone has rated', () => {
    const { sessionId } = newSession(3);
    expect(rotiView(ws.db, sessionId).roti).toEqual({
      distribution: [0, 0, 0, 0, 0],
      total: 0,
      mean: null,
      tally: [0, 0, 0, 0, 0],
    });
  });

  it('replaces the tally as a whole', () => {
    const { sessionId } = newSession(5);
    ok(ws, 'roti.setTally', { sessionId, counts: [0, 0, 0, 5, 0] });
    ok(ws, 'roti.setTally', { sessionId, counts: [1, 0, 0, 0, 1] });
    expect(rotiView(ws.db, sessionId).roti).toMatchObject({
      distribution: [1, 0, 0, 0, 1],
      total: 2,
      mean: 3,
    });
    expect(storedRows(sessionId)).toHaveLength(2);
  });

  it('accepts exactly the participant count and refuses more, keeping the old tally', () => {
    const { sessionId } = newSession(4);
    ok(ws, 'roti.setTally', { sessionId, counts: [0, 0, 0, 4, 0] });
    const error = refused(ws, 'roti.setTally', { sessionId, counts: [0, 0, 0, 4, 1] });
    expect(error).toMatchObject({ code: 'conflict', field: 'counts' });
    expect(error.message).toBe(
      'This ROTI tally adds up to 5 ratings, but only 4 people are here. ' +
        'Check the counts, or update who is here in the check-in.',
    );
    expect(rotiView(ws.db, sessionId).roti.distribution).toEqual([0, 0, 0, 4, 0]);
  });

  it('counts privately entered ratings against the tally limit', () => {
    const { sessionId, ids } = newSession(3);
    ok(ws, 'roti.submit', { sessionId, participantId: ids[0], score: 5 });
    ok(ws, 'roti.setTally', { sessionId, counts: [0, 0, 2, 0, 0] });
    const error = refused(ws, 'roti.setTally', { sessionId, counts: [0, 0, 3, 0, 0] });
    expect(error).toMatchObject({ code: 'conflict', field: 'counts' });
    expect(error.message).toContain('adds up to 3 ratings, plus 1 rating entered privately,');
    expect(error.message).toContain('only 3 people are here');
    // (5 + 3 + 3) / 3 = 3.666…
    expect(rotiView(ws.db, sessionId).roti).toEqual({
      distribution: [0, 0, 2, 0, 1],
      total: 3,
      mean: 3.67,
      tally: [0, 0, 2, 0, 0],
    });
  });

  it('refuses malformed tallies and stores nothing', () => {
    const { sessionId } = newSession(5);
    const cases: [unknown, string][] = [
      [{ sessionId, counts: [0, 0, 1] }, 'counts'],
      [{ sessionId, counts: [0, 0, -1, 0, 0] }, 'counts.2'],
      [{ sessionId, counts: [0, 0, 1.5, 0, 0] }, 'counts.2'],
      [{ sessionId, counts: '3' }, 'counts'],
    ];
    for (const [input, field] of cases) {
      expect(refused(ws, 'roti.setTally', input), JSON.stringify(input)).toMatchObject({
        code: 'invalid_input',
        field,
      });
    }
    expect(storedRows(sessionId)).toEqual([]);
  });
});

describe('ROTI entered privately', () => {
  it('stores the rating with no link to the participant and lists who has entered, in check-in order', () => {
    const { sessionId, ids } = newSession(3);
    ok(ws, 'roti.submit', { sessionId, participantId: ids[2], score: 2 });
    ok(ws, 'roti.submit', { sessionId, participantId: ids[0], score: 5 });
    expect(storedRows(sessionId)).toEqual([
      { score: 2, entry: 'private' },
      { score: 5, entry: 'private' },
    ]);
    // (2 + 5) / 2
    expect(rotiView(ws.db, sessionId)).toEqual({
      roti: { distribution: [0, 1, 0, 0, 1], total: 2, mean: 3.5, tally: [0, 0, 0, 0, 0] },
      rotiSubmitted: [ids[0], ids[2]],
    });
  });

  it('refuses a second answer from the same participant until the private round is cleared', () => {
    const { sessionId, ids } = newSession(2);
    ok(ws, 'roti.submit', { sessionId, participantId: ids[0], score: 1 });
    ok(ws, 'roti.submit', { sessionId, participantId: ids[1], score: 3 });
    expect(refused(ws, 'roti.submit', { sessionId, participantId: ids[0], score: 4 }).code).toBe(
      'conflict',
    );
    expect(rotiView(ws.db, sessionId).roti.distribution).toEqual([1, 0, 1, 0, 0]);
    ok(ws, 'entries.clearPrivate', { sessionId, round: 'roti' });
    expect(rotiView(ws.db, sessionId)).toMatchObject({ roti: { total: 0 }, rotiSubmitted: [] });
    ok(ws, 'roti.submit', { sessionId, participantId: ids[0], score: 4 });
    expect(rotiView(ws.db, sessionId).roti.distribution).toEqual([0, 0, 0, 1, 0]);
  });

  it('refuses a private rating when the tally already fills the room, and stores nothing', () => {
    const { sessionId, ids } = newSession(3);
    ok(ws, 'roti.setTally', { sessionId, counts: [0, 0, 0, 2, 0] });
    ok(ws, 'roti.submit', { sessionId, participantId: ids[0], score: 5 });
    const error = refused(ws, 'roti.submit', { sessionId, participantId: ids[1], score: 1 });
    expect(error).toMatchObject({ code: 'conflict', field: 'score' });
    expect(error.message).toBe(
      'There are already 3 ratings for 3 people, so there is no room for another. ' +
        'Lower the ROTI tally first, or update who is here in the check-in.',
    );
    expect(storedRows(sessionId)).toHaveLength(3);
    expect(rotiView(ws.db, sessionId).rotiSubmitted).toEqual([ids[0]]);
  });

  it('refuses a participant from another session or an unknown one, and stores nothing', () => {
    const { sessionId } = newSession(2);
    const other = newSession(2, 'Platform');
    for (const participantId of [other.ids[0], 'no-such-person']) {
      const error = refused(ws, 'roti.submit', { sessionId, participantId, score: 3 });
      expect(error.code).toBe('not_found');
      expect(error.message).toBe('That participant is not part of this session.');
    }
    expect(storedRows(sessionId)).toEqual([]);
    expect(storedRows(other.sessionId)).toEqual([]);
  });

  it('refuses ratings before the check-in has recorded anyone', () => {
    const { sessionId } = newSession();
    for (const [method, input] of [
      ['roti.setTally', { sessionId, counts: [0, 0, 1, 0, 0] }],
      ['roti.submit', { sessionId, participantId: 'someone', score: 3 }],
    ] as const) {
      const error = refused(ws, method, input);
      expect(error.code, method).toBe('conflict');
      expect(error.message).toContain('check-in');
    }
    expect(storedRows(sessionId)).toEqual([]);
  });

  it('takes only whole ratings from 1 to 5, and stores nothing otherwise', () => {
    const { sessionId, ids } = newSession(2);
    for (const score of [0, 6, 3.5, '4', null]) {
      const error = refused(ws, 'roti.submit', { sessionId, participantId: ids[0], score });
      expect(error, String(score)).toMatchObject({ code: 'invalid_input', field: 'score' });
    }
    expect(refused(ws, 'roti.submit', { sessionId, participantId: ids[0], score: 6 }).message).toBe(
      'Ratings go from 1 to 5.',
    );
    expect(storedRows(sessionId)).toEqual([]);
  });

  it('reports a missing session as not found', () => {
    const sessionId = 'no-such-session';
    expect(refused(ws, 'roti.setTally', { sessionId, counts: [0, 0, 1, 0, 0] }).code).toBe(
      'not_found',
    );
    expect(refused(ws, 'roti.submit', { sessionId, participantId: 'p', score: 3 }).code).toBe(
      'not_found',
    );
  });
});

describe('ROTI in a closed session', () => {
  it('refuses every change while closed and accepts them again once reopened', () => {
    const { sessionId, ids } = newSession(3);
    ok(ws, 'roti.setTally', { sessionId, counts: [0, 0, 1, 0, 0] });
    ok(ws, 'sessions.close', { sessionId });
    for (const [method, input] of [
      ['roti.setTally', { sessionId, counts: [0, 0, 0, 0, 2] }],
      ['roti.submit', { sessionId, participantId: ids[0], score: 4 }],
    ] as const) {
      const error = refused(ws, method, input);
      expect(error.code, method).toBe('read_only');
      expect(error.message).toContain('Reopen it');
    }
    expect(storedRows(sessionId)).toEqual([{ score: 3, entry: 'tally' }]);

    ok(ws, 'sessions.reopen', { sessionId });
    ok(ws, 'roti.submit', { sessionId, participantId: ids[0], score: 4 });
    expect(rotiView(ws.db, sessionId).roti.total).toBe(2);
  });
});
