import type { Database } from 'better-sqlite3';
import type { CardGroupRow, CardRow, VoteRow } from '../../db/rows';
import { prepared } from './prepared';

export function insertGroup(db: Database, row: CardGroupRow): void {
  prepared(
    db,
    `INSERT INTO card_groups (id, session_id, title, circle, created_at)
     VALUES (@id, @session_id, @title, @circle, @created_at)`,
  ).run(row);
}

/** Stores the card and answers with the row as stored. */
export function insertCard(db: Database, row: CardRow): CardRow {
  return prepared(
    db,
    `INSERT INTO cards (id, session_id, practice_id, kind, text, hidden, group_id, circle,
       created_at)
     VALUES (@id, @session_id, @practice_id, @kind, @text, @hidden, @group_id, @circle,
       @created_at)
     RETURNING *`,
  ).get(row) as CardRow;
}

export function insertVote(db: Database, row: VoteRow): void {
  prepared(
    db,
    `INSERT INTO votes (id, session_id, card_id, group_id, dots, entry)
     VALUES (@id, @session_id, @card_id, @group_id, @dots, @entry)`,
  ).run(row);
}
