import type { ParsedInput } from '@shared/contract';
import { conflict } from '@shared/errors';
import type { Database } from 'better-sqlite3';
import type { Round } from '../db/rows';
import { openSessionRow } from './session-guards';
import { prepared } from './writers/prepared';
import { deletePrivateRatings, insertSubmission } from './writers/ratings';

/** Who has entered their own values in a round, in check-in order. */
export function submittedIds(db: Database, sessionId: string, round: Round): string[] {
  return db
    .prepare(
      `SELECT s.participant_id FROM submissions s
       JOIN participants p ON p.id = s.participant_id
       WHERE s.session_id = ? AND s.round = ? ORDER BY p.position`,
    )
    .pluck()
    .all(sessionId, round) as string[];
}

export function hasSubmitted(
  db: Database,
  sessionId: string,
  round: Round,
  participantId: string,
): boolean {
  return (
    prepared(
      db,
      'SELECT 1 FROM submissions WHERE session_id = ? AND round = ? AND participant_id = ?',
    ).get(sessionId, round, participantId) !== undefined
  );
}

/**
 * Records that a participant has entered their values in a round, refusing a second entry: the
 * values themselves hold no link to anyone, so an entry cannot be replaced, only the whole private
 * round cleared.
 */
export function recordSubmission(
  db: Database,
  sessionId: string,
  round: Round,
  participantId: string,
  message: string,
): void {
  if (hasSubmitted(db, sessionId, round, participantId)) throw conflict(message);
  insertSubmission(db, { session_id: sessionId, round, participant_id: participantId });
}

/** Clears every private entry of a round (the tally stays), so everyone can enter again. */
export function clearPrivateRound(db: Database, input: ParsedInput<'entries.clearPrivate'>): null {
  db.transaction(() => {
    const row = openSessionRow(db, input.sessionId);
    if (input.round === 'votes') {
      db.prepare("DELETE FROM votes WHERE session_id = ? AND entry = 'private'").run(row.id);
    } else {
      deletePrivateRatings(db, row.id, input.round);
    }
    db.prepare('DELETE FROM submissions WHERE session_id = ? AND round = ?').run(
      row.id,
      input.round,
    );
  })();
  return null;
}
