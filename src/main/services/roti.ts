import type { ParsedInput } from '@shared/contract';
import { conflict } from '@shared/errors';
import { plural, pluralWord } from '@shared/format';
import type { RotiState } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import { newId } from './ids';
import { type ScoreCount, summariseRatings } from './pulse';
import { openSessionRow, requireParticipant, requireParticipants } from './session-guards';
import { insertRotiRating } from './writers/ratings';

export function rotiView(
  db: Database,
  sessionId: string,
): { roti: RotiState; rotiSubmitted: string[] } {
  const counts = db
    .prepare(
      `SELECT score, participant_id IS NULL AS fromTally, COUNT(*) AS n
       FROM roti_ratings WHERE session_id = ? GROUP BY score, fromTally`,
    )
    .all(sessionId) as ScoreCount[];
  const rotiSubmitted = db
    .prepare(
      `SELECT p.id FROM participants p
       JOIN roti_ratings r ON r.participant_id = p.id AND r.session_id = p.session_id
       WHERE p.session_id = ? ORDER BY p.position`,
    )
    .pluck()
    .all(sessionId) as string[];
  return { roti: summariseRatings(counts), rotiSubmitted };
}

/** How many ROTI ratings are stored, by way of entry, leaving out one participant's own. */
function storedRatings(
  db: Database,
  sessionId: string,
  exceptParticipantId: string | null,
): { tally: number; individual: number } {
  return db
    .prepare(
      `SELECT COALESCE(SUM(participant_id IS NULL), 0) AS tally,
              COALESCE(SUM(participant_id IS NOT NULL AND participant_id IS NOT @except), 0) AS individual
       FROM roti_ratings WHERE session_id = @sessionId`,
    )
    .get({ sessionId, except: exceptParticipantId }) as { tally: number; individual: number };
}

export function setRotiTally(db: Database, input: ParsedInput<'roti.setTally'>): null {
  db.transaction(() => {
    const row = openSessionRow(db, input.sessionId);
    const limit = requireParticipants(db, row.id);
    const { individual } = storedRatings(db, row.id, null);
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
    db.prepare('DELETE FROM roti_ratings WHERE session_id = ? AND participant_id IS NULL').run(
      row.id,
    );
    input.counts.forEach((n, index) => {
      for (let i = 0; i < n; i++) {
        insertRotiRating(db, {
          id: newId(),
          session_id: row.id,
          score: index + 1,
          participant_id: null,
        });
      }
    });
  })();
  return null;
}

export function submitRoti(db: Database, input: ParsedInput<'roti.submit'>): null {
  db.transaction(() => {
    const row = openSessionRow(db, input.sessionId);
    const limit = requireParticipants(db, row.id);
    requireParticipant(db, row.id, input.participantId);
    const { tally, individual } = storedRatings(db, row.id, input.participantId);
    if (tally + individual + 1 > limit) {
      throw conflict(
        `There are already ${plural(tally + individual, 'rating')} for ${plural(limit, 'person')}, so there is no room ` +
          'for another. Lower the ROTI tally first, or update who is here in the check-in.',
        'score',
      );
    }
    db.prepare('DELETE FROM roti_ratings WHERE session_id = ? AND participant_id = ?').run(
      row.id,
      input.participantId,
    );
    insertRotiRating(db, {
      id: newId(),
      session_id: row.id,
      score: input.score,
      participant_id: input.participantId,
    });
  })();
  return null;
}

export function revealRoti(db: Database, input: ParsedInput<'roti.reveal'>): null {
  const row = openSessionRow(db, input.sessionId);
  db.prepare('UPDATE sessions SET roti_revealed = ? WHERE id = ?').run(
    input.revealed ? 1 : 0,
    row.id,
  );
  return null;
}
