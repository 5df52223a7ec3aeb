import type { Database } from 'better-sqlite3';
import type { PulseRatingRow, RotiRatingRow, SubmissionRow } from '../../db/rows';
import { prepared } from './prepared';

export function insertPulseRating(db: Database, row: PulseRatingRow): void {
  prepared(
    db,
    `INSERT INTO pulse_ratings (id, session_id, practice_id, score, entry)
     VALUES (@id, @session_id, @practice_id, @score, @entry)`,
  ).run(row);
}

export function insertRotiRating(db: Database, row: RotiRatingRow): void {
  prepared(
    db,
    `INSERT INTO roti_ratings (id, session_id, score, entry)
     VALUES (@id, @session_id, @score, @entry)`,
  ).run(row);
}

export function insertSubmission(db: Database, row: SubmissionRow): void {
  prepared(
    db,
    `INSERT INTO submissions (session_id, round, participant_id)
     VALUES (@session_id, @round, @participant_id)`,
  ).run(row);
}
