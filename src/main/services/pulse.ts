import type { ParsedInput } from '@shared/contract';
import { conflict } from '@shared/errors';
import { plural, pluralWord, roundTo } from '@shared/format';
import { PRACTICE_IDS, practiceById } from '@shared/practices';
import type { Distribution, PracticePulse, RotiState } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import { newId } from './ids';
import { openSessionRow, requireParticipant, requireParticipants } from './session-guards';
import { recordSubmission, submittedIds } from './submissions';
import { prepared } from './writers/prepared';
import { deletePulseTally, insertPulseRating } from './writers/ratings';

/** Ratings counted per score, split by how they were entered. */
export interface ScoreCount {
  score: number;
  fromTally: 0 | 1;
  n: number;
}

const SCORES = [1, 2, 3, 4, 5] as const;
const sum = (counts: readonly number[]) => counts.reduce((total, n) => total + n, 0);

/** Distribution, total, mean (two decimals) and the tally-only counts of a set of 1–5 ratings. */
export function summariseRatings(counts: ScoreCount[]): RotiState {
  const countOf = (score: number, tallyOnly: boolean) =>
    sum(counts.filter((c) => c.score === score && (!tallyOnly || c.fromTally)).map((c) => c.n));
  const distribution = SCORES.map((score) => countOf(score, false)) as Distribution;
  const tally = SCORES.map((score) => countOf(score, true)) as Distribution;
  const total = sum(distribution);
  const points = sum(distribution.map((n, index) => n * (index + 1)));
  return {
    distribution,
    total,
    mean: total === 0 ? null : roundTo(points / total, 2),
    tally,
  };
}

export function pulseView(
  db: Database,
  sessionId: string,
): { pulse: PracticePulse[]; pulseSubmitted: string[] } {
  const rows = db
    .prepare(
      `SELECT practice_id AS practiceId, score, entry = 'tally' AS fromTally, COUNT(*) AS n
       FROM pulse_ratings WHERE session_id = ? GROUP BY practice_id, score, fromTally`,
    )
    .all(sessionId) as (ScoreCount & { practiceId: string })[];
  const pulse = PRACTICE_IDS.map((practiceId) => ({
    practiceId,
    ...summariseRatings(rows.filter((row) => row.practiceId === practiceId)),
  }));
  return { pulse, pulseSubmitted: submittedIds(db, sessionId, 'pulse') };
}

/** How many ratings a practice holds, by way of entry. */
function storedRatings(
  db: Database,
  sessionId: string,
  practiceId: string,
): { tally: number; individual: number } {
  return prepared(
    db,
    `SELECT COALESCE(SUM(entry = 'tally'), 0) AS tally,
            COALESCE(SUM(entry = 'private'), 0) AS individual
     FROM pulse_ratings WHERE session_id = @sessionId AND practice_id = @practiceId`,
  ).get({ sessionId, practiceId }) as { tally: number; individual: number };
}

export function setPulseTally(db: Database, input: ParsedInput<'pulse.setTally'>): null {
  db.transaction(() => {
    const row = openSessionRow(db, input.sessionId);
    const limit = requireParticipants(db, row.id);
    const { individual } = storedRatings(db, row.id, input.practiceId);
    const tallied = sum(input.counts);
    if (tallied + individual > limit) {
      const name = practiceById(input.practiceId).name;
      const privately =
        individual > 0 ? ` plus ${plural(individual, 'rating')} entered privately,` : '';
      throw conflict(
        `This tally for “${name}” adds up to ${plural(tallied, 'rating')},${privately} but only ${plural(limit, 'person')} ${pluralWord(limit, 'is')} here. ` +
          'Check the counts, or update who is here in the check-in.',
        'counts',
      );
    }
    deletePulseTally(db, row.id, input.practiceId);
    input.counts.forEach((n, index) => {
      for (let i = 0; i < n; i++) {
        insertPulseRating(db, {
          id: newId(),
          session_id: row.id,
          practice_id: input.practiceId,
          score: index + 1,
          entry: 'tally',
        });
      }
    });
  })();
  return null;
}

export function submitPulse(db: Database, input: ParsedInput<'pulse.submit'>): null {
  db.transaction(() => {
    const row = openSessionRow(db, input.sessionId);
    requireParticipants(db, row.id);
    requireParticipant(db, row.id, input.participantId);
    addPrivatePulse(db, row.id, input.participantId, input.ratings);
  })();
  return null;
}

/**
 * One person's private ratings of the four practices, stored without a link to them; the
 * separate submission record stops a second entry. Runs inside the caller's transaction.
 */
export function addPrivatePulse(
  db: Database,
  sessionId: string,
  participantId: string,
  ratings: Record<string, number>,
): void {
  const limit = requireParticipants(db, sessionId);
  for (const practiceId of PRACTICE_IDS) {
    const { tally, individual } = storedRatings(db, sessionId, practiceId);
    if (tally + individual + 1 > limit) {
      throw conflict(
        `“${practiceById(practiceId).name}” already has ${plural(tally + individual, 'rating')} for ` +
          `${plural(limit, 'person')}, so there is no room for another. Lower its tally first, ` +
          'or update who is here in the check-in.',
        'ratings',
      );
    }
  }
  recordSubmission(
    db,
    sessionId,
    'pulse',
    participantId,
    'These ratings are already entered. To enter them again, the facilitator clears the private ratings of everyone first.',
  );
  for (const practiceId of PRACTICE_IDS) {
    insertPulseRating(db, {
      id: newId(),
      session_id: sessionId,
      practice_id: practiceId,
      score: ratings[practiceId] as number,
      entry: 'private',
    });
  }
}

export function revealPulse(db: Database, input: ParsedInput<'pulse.reveal'>): null {
  const row = openSessionRow(db, input.sessionId);
  db.prepare('UPDATE sessions SET pulse_revealed = ? WHERE id = ?').run(
    input.revealed ? 1 : 0,
    row.id,
  );
  return null;
}
