import type { Database } from 'better-sqlite3';
import type { KudosRow } from '../../db/rows';
import { prepared } from './prepared';

export function insertKudos(db: Database, row: KudosRow): void {
  prepared(
    db,
    `INSERT INTO kudos (id, session_id, act, who, outcome, created_at)
     VALUES (@id, @session_id, @act, @who, @outcome, @created_at)`,
  ).run(row);
}
