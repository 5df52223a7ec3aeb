import type { PracticeId } from '@shared/practices';
import type { Database } from 'better-sqlite3';
import type { PulseRatingRow, RotiRatingRow, SubmissionRow } from '../../db/rows';
import { prepared } from './prepared';

// Pulse and ROTI ratings are written and removed only here, and each change keeps the session's
// totals per score (pulse_totals, roti_totals) in step within the same transaction, so progress
// charts read the totals instead of grouping every rating. The totals name no one: a rating
// holds no link to a person, and neither do they.

const ONE_OF_EACH = `@score = 1, @score = 2, @score = 3, @score = 4, @score = 5`;
const ADD_ONE = `DO UPDATE SET d1 = d1 + excluded.d1, d2 = d2 + excluded.d2,
  d3 = d3 + excluded.d3, d4 = d4 + excluded.d4, d5 = d5 + excluded.d5`;
const COUNTS = 'SUM(score = 1), SUM(score = 2), SUM(score = 3), SUM(score = 4), SUM(score = 5)';

export function insertPulseRating(db: Database, row: PulseRatingRow): void {
  prepared(
    db,
    `INSERT INTO pulse_ratings (id, session_id, practice_id, score, entry)
     VALUES (@id, @session_id, @practice_id, @score, @entry)`,
  ).run(row);
  prepared(
    db,
    `INSERT INTO pulse_totals (session_id, practice_id, d1, d2, d3, d4, d5)
     VALUES (@session_id, @practice_id, ${ONE_OF_EACH})
     ON CONFLICT (session_id, practice_id) ${ADD_ONE}`,
  ).run({ session_id: row.session_id, practice_id: row.practice_id, score: row.score });
}

export function insertRotiRating(db: Database, row: RotiRatingRow): void {
  prepared(
    db,
    `INSERT INTO roti_ratings (id, session_id, score, entry)
     VALUES (@id, @session_id, @score, @entry)`,
  ).run(row);
  prepared(
    db,
    `INSERT INTO roti_totals (session_id, d1, d2, d3, d4, d5)
     VALUES (@session_id, ${ONE_OF_EACH}) ON CONFLICT (session_id) ${ADD_ONE}`,
  ).run({ session_id: row.session_id, score: row.score });
}

export function insertSubmission(db: Database, row: SubmissionRow): void {
  prepared(
    db,
    `INSERT INTO submissions (session_id, round, participant_id)
     VALUES (@session_id, @round, @participant_id)`,
  ).run(row);
}

/** Counts a session's totals afresh from its ratings. */
function recountRatings(db: Database, sessionId: string): void {
  prepared(db, 'DELETE FROM pulse_totals WHERE session_id = ?').run(sessionId);
  prepared(
    db,
    `INSERT INTO pulse_totals (session_id, practice_id, d1, d2, d3, d4, d5)
     SELECT session_id, practice_id, ${COUNTS} FROM pulse_ratings WHERE session_id = ?
     GROUP BY practice_id`,
  ).run(sessionId);
  prepared(db, 'DELETE FROM roti_totals WHERE session_id = ?').run(sessionId);
  prepared(
    db,
    `INSERT INTO roti_totals (session_id, d1, d2, d3, d4, d5)
     SELECT session_id, ${COUNTS} FROM roti_ratings WHERE session_id = ? GROUP BY session_id`,
  ).run(sessionId);
}

/** Removes the tallied pulse ratings of one practice. */
export function deletePulseTally(db: Database, sessionId: string, practiceId: PracticeId): void {
  prepared(
    db,
    "DELETE FROM pulse_ratings WHERE session_id = ? AND practice_id = ? AND entry = 'tally'",
  ).run(sessionId, practiceId);
  recountRatings(db, sessionId);
}

/** Removes the tallied ROTI ratings. */
export function deleteRotiTally(db: Database, sessionId: string): void {
  prepared(db, "DELETE FROM roti_ratings WHERE session_id = ? AND entry = 'tally'").run(sessionId);
  recountRatings(db, sessionId);
}

/** Removes every privately entered pulse or ROTI rating of a session (its tally stays). */
export function deletePrivateRatings(db: Database, sessionId: string, round: 'pulse' | 'roti') {
  const table = round === 'pulse' ? 'pulse_ratings' : 'roti_ratings';
  prepared(db, `DELETE FROM ${table} WHERE session_id = ? AND entry = 'private'`).run(sessionId);
  recountRatings(db, sessionId);
}
