import type { ParsedInput } from '@shared/contract';
import { conflict } from '@shared/errors';
import { plural, pluralWord } from '@shared/format';
import type { RotiState } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import { newId } from './ids';
import { type ScoreCount, summariseRatings } from './pulse';
import { openSessionRow, requireParticipant, requireParticipants } from './session-guards';
import { recordSubmission, submittedIds } from './submissions';
import { deleteRotiTally, insertRotiRating } from './writers/ratings';

export function rotiView(
  db: Database,
  sessionId: string,
): { roti: RotiState; rotiSubmitted: string[] } {
  const counts = db
    .prepare(
      `SELECT score, entry = 'tally' AS fromTally, COUNT(*) AS n
       FROM roti_ratings WHERE session_id = ? GROUP BY score, fromTally`,
    )
    .all(sessionId) as ScoreCount[];
  return { roti: summariseRatings(counts), rotiSubmitted: submittedIds(db, sessionId, 'roti') };
}

/** How many ROTI ratings are stored, by way of entry. */
function storedRatings(db: Database, sessionId: string): { tally: number; individual: number } {
  return db
    .prepare(
      `SELECT COALESCE(SUM(entry = 'tally'), 0) AS tally,
              COALESCE(SUM(entry = 'private'), 0) AS individual
       FROM roti_ratings WHERE session_id = ?`,
    )
    .get(sessionId) as { tally: number; individual: number };
}

export function setRotiTally(db: Database, input: ParsedInput<'roti.setTally'>): null {
  db.transaction(() => {
    const row = openSessionRow(db, input.sessionId);
    const limit = requireParticipants(db, row.id);
    const { individual } = storedRatings(db, row.id);
    const tallied = input.counts.reduce((total, n) => total + n, 0);
    if (tallied + individual > limit) {
      const privately =
        individual > 0 ? ` plus ${plural(individual, 'rating')} entered privately,` : '';
      throw conflict(
        `This ROTI tally adds up to ${plural(tallied, 'rating')},${privately} but only ${plural(limit, 'person')} ${pluralWord(limit, 'is')} here. ` +
          'Check the counts, or update who is here in the check-in.',
        'counts',
      );
    }
    deleteRotiTally(db, row.id);
    input.counts.forEach((n, index) => {
      for (let i = 0; i < n; i++) {
        insertRotiRating(db, { id: newId(), session_id: row.id, score: index + 1, entry: 'tally' });
      }
    });
  })();
  return null;
}

export function submitRoti(db: Database, input: ParsedInput<'roti.submit'>): null {
  db.transaction(() => {
    const row = openSessionRow(db, input.sessionId);
    requireParticipants(db, row.id);
    requireParticipant(db, row.id, input.participantId);
    addPrivateRoti(db, row.id, input.participantId, input.score);
  })();
  return null;
}

/** One person's ROTI answer, stored without a link to them. Runs inside the caller's transaction. */
export function addPrivateRoti(
  db: Database,
  sessionId: string,
  participantId: string,
  score: number,
): void {
  const limit = requireParticipants(db, sessionId);
  const { tally, individual } = storedRatings(db, sessionId);
  if (tally + individual + 1 > limit) {
    throw conflict(
      `There are already ${plural(tally + individual, 'rating')} for ${plural(limit, 'person')}, so there is no room ` +
        'for another. Lower the ROTI tally first, or update who is here in the check-in.',
      'score',
    );
  }
  recordSubmission(
    db,
    sessionId,
    'roti',
    participantId,
    'This ROTI answer is already entered. To enter it again, the facilitator clears everyone’s private answers first.',
  );
  insertRotiRating(db, { id: newId(), session_id: sessionId, score, entry: 'private' });
}

export function revealRoti(db: Database, input: ParsedInput<'roti.reveal'>): null {
  const row = openSessionRow(db, input.sessionId);
  db.prepare('UPDATE sessions SET roti_revealed = ? WHERE id = ?').run(
    input.revealed ? 1 : 0,
    row.id,
  );
  return null;
}
