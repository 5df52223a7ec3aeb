import type { Database } from 'better-sqlite3';
import type { PulseRatingRow, RotiRatingRow } from '../../db/rows';
import { prepared } from './prepared';

export function insertPulseRating(db: Database, row: PulseRatingRow): void {
  prepared(
    db,
    `INSERT INTO pulse_ratings (id, session_id, practice_id, score, participant_id)
     VALUES (@id, @session_id, @practice_id, @score, @participant_id)`,
  ).run(row);
}

export function insertRotiRating(db: Database, row: RotiRatingRow): void {
  prepared(
    db,
    `INSERT INTO roti_ratings (id, session_id, score, participant_id)
     VALUES (@id, @session_id, @score, @participant_id)`,
  ).run(row);
}
