import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp-workspace';
import { MIGRATIONS } from './migrations';
import { DATABASE_FILE_NAME, openDatabase } from './open';

// Ratings, dots and ROTI answers hold no link to a person, checked on the SQLite file itself.

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const VALUE_TABLES = ['pulse_ratings', 'votes', 'roti_ratings'];

/** The tables and columns a value row could reach a person through. */
function linksOf(db: BetterSqlite3.Database, table: string) {
  const columns = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
  const keys = (db.pragma(`foreign_key_list(${table})`) as { table: string }[]).map((k) => k.table);
  return { columns, keys };
}

/** Every migration before the one that takes values apart from people. */
const BEFORE = MIGRATIONS.slice(
  0,
  MIGRATIONS.findIndex((m) => m.name === 'anonymous-values'),
);

/** A workspace as stored before it took values apart: linked to the participants who gave them. */
async function linkedWorkspace(): Promise<void> {
  const db = await openDatabase(dir.path, { migrations: BEFORE });
  db.exec(`
    INSERT INTO teams (id, name, name_key, created_at) VALUES ('t', 'Team', 'team', '2026-01-01');
    INSERT INTO sessions (id, team_id, title, date, current_stage, stages_json, dots_per_participant,
      hide_cards_until_reveal, auto_start_timer, timer_stage, timer_duration_ms, created_at)
      VALUES ('s', 't', 'Retro', '2026-01-01', 'close', '[]', 3, 1, 0, 'close', 60000, '2026-01-01');
    INSERT INTO participants (id, session_id, label, position) VALUES
      ('amara', 's', 'Amara', 0), ('ben', 's', 'Ben', 1), ('chen', 's', 'Chen', 2);
    INSERT INTO cards (id, session_id, practice_id, kind, text, created_at) VALUES
      ('c1', 's', 'model-humility', 'to_improve', 'One', '2026-01-01'),
      ('c2', 's', 'model-humility', 'to_improve', 'Two', '2026-01-01');
    INSERT INTO pulse_ratings (id, session_id, practice_id, score, participant_id) VALUES
      ('p1', 's', 'model-humility', 2, 'amara'), ('p2', 's', 'share-information', 5, 'amara'),
      ('p3', 's', 'model-humility', 4, 'ben'), ('p4', 's', 'model-humility', 3, NULL);
    INSERT INTO votes (id, session_id, card_id, group_id, participant_id, dots) VALUES
      ('v1', 's', 'c1', NULL, 'amara', 2), ('v2', 's', 'c2', NULL, 'amara', 1),
      ('v3', 's', 'c1', NULL, NULL, 4);
    INSERT INTO roti_ratings (id, session_id, score, participant_id) VALUES
      ('r1', 's', 5, 'chen'), ('r2', 's', 1, NULL);
  `);
  db.close();
}

describe('values without a link to a person', () => {
  it('a new workspace has no column or key joining a rating, a dot or a ROTI answer to anyone', async () => {
    (await openDatabase(dir.path)).close();
    const db = new BetterSqlite3(join(dir.path, DATABASE_FILE_NAME), { readonly: true });
    for (const table of VALUE_TABLES) {
      const { columns, keys } = linksOf(db, table);
      expect(
        columns.filter((c) => /participant|device|member|person/.test(c)),
        table,
      ).toEqual([]);
      expect(keys.filter((t) => t !== 'sessions' && t !== 'cards' && t !== 'card_groups')).toEqual(
        [],
      );
      // No rowid: rows are stored in the order of their random ids, not the order of entry.
      expect(db.prepare('SELECT wr FROM pragma_table_list WHERE name = ?').pluck().get(table)).toBe(
        1,
      );
    }
    // Who has entered is kept apart and names no value.
    const submissions = linksOf(db, 'submissions');
    expect(submissions.columns.sort()).toEqual(['participant_id', 'round', 'session_id']);
    db.close();
  });

  it('the upgrade keeps every value and its count, derives who has entered and drops the links', async () => {
    await linkedWorkspace();
    (await openDatabase(dir.path)).close();
    const db = new BetterSqlite3(join(dir.path, DATABASE_FILE_NAME), { readonly: true });
    expect(
      db
        .prepare(
          'SELECT practice_id, score, entry FROM pulse_ratings ORDER BY practice_id, score, entry',
        )
        .all(),
    ).toEqual([
      { practice_id: 'model-humility', score: 2, entry: 'private' },
      { practice_id: 'model-humility', score: 3, entry: 'tally' },
      { practice_id: 'model-humility', score: 4, entry: 'private' },
      { practice_id: 'share-information', score: 5, entry: 'private' },
    ]);
    expect(
      db.prepare('SELECT card_id, dots, entry FROM votes ORDER BY card_id, dots').all(),
    ).toEqual([
      { card_id: 'c1', dots: 2, entry: 'private' },
      { card_id: 'c1', dots: 4, entry: 'tally' },
      { card_id: 'c2', dots: 1, entry: 'private' },
    ]);
    expect(db.prepare('SELECT score, entry FROM roti_ratings ORDER BY score').all()).toEqual([
      { score: 1, entry: 'tally' },
      { score: 5, entry: 'private' },
    ]);
    expect(
      db
        .prepare('SELECT round, participant_id FROM submissions ORDER BY round, participant_id')
        .all(),
    ).toEqual([
      { round: 'pulse', participant_id: 'amara' },
      { round: 'pulse', participant_id: 'ben' },
      { round: 'roti', participant_id: 'chen' },
      { round: 'votes', participant_id: 'amara' },
    ]);
    for (const table of VALUE_TABLES) {
      expect(linksOf(db, table).columns).not.toContain('participant_id');
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
