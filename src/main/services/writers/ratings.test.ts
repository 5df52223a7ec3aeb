import type { PracticeId } from '@shared/practices';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { ok, participantIds, sessionWith } from '../../test/dispatch-helpers';
import { tempWorkspaceForTest } from '../../test/temp-workspace';

// The rating totals are what the dashboards read; they must always count exactly the ratings
// stored, whichever way the ratings came and went.

const COUNTED = `SUM(score = 1) AS d1, SUM(score = 2) AS d2, SUM(score = 3) AS d3,
  SUM(score = 4) AS d4, SUM(score = 5) AS d5`;

/** The ratings counted afresh, and the totals as kept, both in one comparable shape. */
function countsBothWays(db: Database) {
  return {
    pulse: {
      counted: db
        .prepare(
          `SELECT session_id, practice_id, ${COUNTED} FROM pulse_ratings
           GROUP BY session_id, practice_id ORDER BY session_id, practice_id`,
        )
        .all(),
      kept: db
        .prepare(
          `SELECT session_id, practice_id, d1, d2, d3, d4, d5 FROM pulse_totals
           ORDER BY session_id, practice_id`,
        )
        .all(),
    },
    roti: {
      counted: db
        .prepare(
          `SELECT session_id, ${COUNTED} FROM roti_ratings GROUP BY session_id ORDER BY session_id`,
        )
        .all(),
      kept: db
        .prepare('SELECT session_id, d1, d2, d3, d4, d5 FROM roti_totals ORDER BY session_id')
        .all(),
    },
  };
}

function expectInStep(db: Database): void {
  const { pulse, roti } = countsBothWays(db);
  expect(pulse.kept).toEqual(pulse.counted);
  expect(roti.kept).toEqual(roti.counted);
}

const allFour = (score: number): Record<PracticeId, number> => ({
  'reward-initiative': score,
  'share-information': score,
  'model-humility': score,
  'influence-not-control': score,
});

describe('rating totals', () => {
  it('count every rating through tallies, private entries, cleared rounds and deletions', async () => {
    const ws = await tempWorkspaceForTest();
    const { sessionId, team } = sessionWith(ws, 5);
    const [first, second] = participantIds(ws, sessionId);
    if (!first || !second) throw new Error('Two participants expected.');

    ok(ws, 'pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [0, 1, 1, 1, 0] });
    ok(ws, 'roti.setTally', { sessionId, counts: [0, 0, 2, 1, 0] });
    expectInStep(ws.db);
    expect(countsBothWays(ws.db).pulse.kept).toEqual([
      { session_id: sessionId, practice_id: 'model-humility', d1: 0, d2: 1, d3: 1, d4: 1, d5: 0 },
    ]);

    // A second tally replaces the first; private entries add to it.
    ok(ws, 'pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [1, 0, 0, 0, 2] });
    ok(ws, 'pulse.submit', { sessionId, participantId: first, ratings: allFour(4) });
    ok(ws, 'pulse.submit', { sessionId, participantId: second, ratings: allFour(5) });
    ok(ws, 'roti.setTally', { sessionId, counts: [1, 0, 0, 0, 0] });
    ok(ws, 'roti.submit', { sessionId, participantId: first, score: 3 });
    expectInStep(ws.db);
    expect(countsBothWays(ws.db).roti.kept).toEqual([
      { session_id: sessionId, d1: 1, d2: 0, d3: 1, d4: 0, d5: 0 },
    ]);

    // Private entries cleared (the tallies stay), then entered again.
    ok(ws, 'entries.clearPrivate', { sessionId, round: 'pulse' });
    ok(ws, 'entries.clearPrivate', { sessionId, round: 'roti' });
    expectInStep(ws.db);
    expect(countsBothWays(ws.db).roti.kept).toEqual([
      { session_id: sessionId, d1: 1, d2: 0, d3: 0, d4: 0, d5: 0 },
    ]);
    ok(ws, 'pulse.submit', { sessionId, participantId: first, ratings: allFour(2) });
    ok(ws, 'roti.submit', { sessionId, participantId: second, score: 5 });
    expectInStep(ws.db);

    // Fewer people: the ratings entered stay, as they name no one.
    ok(ws, 'participants.set', { sessionId, mode: 'anonymous', count: 4 });
    expectInStep(ws.db);

    // Another retro, then the first one deleted: its totals go, the other's stay.
    const other = ok(ws, 'sessions.create', { teamId: team.id, title: 'Next retro' });
    ok(ws, 'participants.set', { sessionId: other.id, mode: 'anonymous', count: 3 });
    ok(ws, 'pulse.setTally', {
      sessionId: other.id,
      practiceId: 'reward-initiative',
      counts: [0, 0, 3, 0, 0],
    });
    ok(ws, 'sessions.delete', { sessionId });
    expectInStep(ws.db);
    expect(countsBothWays(ws.db).pulse.kept).toHaveLength(1);

    // A whole team deleted leaves no totals behind.
    ok(ws, 'teams.delete', { teamId: team.id });
    expect(countsBothWays(ws.db)).toEqual({
      pulse: { counted: [], kept: [] },
      roti: { counted: [], kept: [] },
    });
  });

  it('are written for an imported team and the sample team', async () => {
    const ws = await tempWorkspaceForTest();
    ok(ws, 'sample.load', {});
    const { sessionId, team } = sessionWith(ws, 4);
    ok(ws, 'pulse.setTally', {
      sessionId,
      practiceId: 'share-information',
      counts: [0, 2, 0, 2, 0],
    });
    ok(ws, 'roti.setTally', { sessionId, counts: [0, 0, 0, 4, 0] });
    const { document } = ok(ws, 'data.exportTeam', { teamId: team.id });
    ok(ws, 'data.import', { document, resolutions: [{ key: team.id, choice: 'rename' }] });
    expect(countsBothWays(ws.db).pulse.kept.length).toBeGreaterThan(10);
    expectInStep(ws.db);
  });

  it('are filled from the ratings already stored when a workspace is upgraded', async () => {
    const ws = await tempWorkspaceForTest();
    ok(ws, 'sample.load', {});
    // The workspace as the release before the totals left it.
    ws.db.exec(`DROP TABLE pulse_totals; DROP TABLE roti_totals;
      DELETE FROM schema_migrations WHERE id = 7;`);
    ws.close();

    const upgraded = await openDatabase(ws.dir);
    try {
      expect(countsBothWays(upgraded).pulse.kept.length).toBeGreaterThan(10);
      expectInStep(upgraded);
    } finally {
      upgraded.close();
    }
  });
});
