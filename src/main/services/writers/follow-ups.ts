import type { Database } from 'better-sqlite3';
import type { ActionRow, CommitmentRow, ReviewRow } from '../../db/rows';
import { prepared } from './prepared';

export function insertAction(db: Database, row: ActionRow): void {
  prepared(
    db,
    `INSERT INTO actions (id, session_id, team_id, title, owner, due_date, practice_id, circle,
       card_id, group_id, status, created_at)
     VALUES (@id, @session_id, @team_id, @title, @owner, @due_date, @practice_id, @circle,
       @card_id, @group_id, @status, @created_at)`,
  ).run(row);
}

export function insertCommitment(db: Database, row: CommitmentRow): void {
  prepared(
    db,
    `INSERT INTO commitments (id, session_id, team_id, participant_id, person, text, status,
       created_at)
     VALUES (@id, @session_id, @team_id, @participant_id, @person, @text, @status, @created_at)`,
  ).run(row);
}

export function insertReview(db: Database, row: ReviewRow): void {
  prepared(
    db,
    `INSERT INTO reviews (id, session_id, action_id, commitment_id, status, note, reviewed_at)
     VALUES (@id, @session_id, @action_id, @commitment_id, @status, @note, @reviewed_at)`,
  ).run(row);
}
