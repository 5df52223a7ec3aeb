import { conflict, notFound, readOnly } from '@shared/errors';
import type { SessionStage } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import type { SessionRow } from '../db/rows';
import { prepared } from './writers/prepared';

const MISSING = 'That session no longer exists. It may have been deleted.';
const CLOSED = 'This session is closed, so it cannot be changed. Reopen it to make changes.';

export function sessionRow(db: Database, sessionId: string): SessionRow {
  const row = prepared(db, 'SELECT * FROM sessions WHERE id = ?').get(sessionId) as
    | SessionRow
    | undefined;
  if (!row) throw notFound(MISSING);
  return row;
}

/** The session, refusing any change once it is closed. */
export function openSessionRow(db: Database, sessionId: string): SessionRow {
  const row = sessionRow(db, sessionId);
  if (row.status === 'closed') throw readOnly(CLOSED);
  return row;
}

/** Only the columns a change needs of a session, refusing it once the session is closed. */
export function openSessionColumns<Column extends keyof SessionRow>(
  db: Database,
  sessionId: string,
  columns: readonly Column[],
): Pick<SessionRow, Column> {
  const row = prepared(db, `SELECT status, ${columns.join(', ')} FROM sessions WHERE id = ?`).get(
    sessionId,
  ) as (Pick<SessionRow, Column> & { status: SessionRow['status'] }) | undefined;
  if (!row) throw notFound(MISSING);
  if (row.status === 'closed') throw readOnly(CLOSED);
  return row;
}

export function sessionStages(row: SessionRow): Omit<SessionStage, 'skipped'>[] {
  return JSON.parse(row.stages_json) as Omit<SessionStage, 'skipped'>[];
}

export function participantCount(db: Database, sessionId: string): number {
  return prepared(db, 'SELECT COUNT(*) FROM participants WHERE session_id = ?')
    .pluck()
    .get(sessionId) as number;
}

/** The participant must belong to the session. */
export function requireParticipant(db: Database, sessionId: string, participantId: string): void {
  const found = prepared(db, 'SELECT 1 FROM participants WHERE id = ? AND session_id = ?').get(
    participantId,
    sessionId,
  );
  if (!found) throw notFound('That participant is not part of this session.');
}

/** Limits need a participant count, so ratings and votes wait for the check-in. */
export function requireParticipants(db: Database, sessionId: string): number {
  const count = participantCount(db, sessionId);
  if (count === 0) {
    throw conflict('Record who is here in the check-in first, so Threadline knows the limits.');
  }
  return count;
}

/** The dots already placed must fit the people there and the dots each has. */
export function assertVotesFit(
  db: Database,
  sessionId: string,
  people: number,
  dotsEach: number,
): void {
  const placed = db
    .prepare('SELECT COALESCE(SUM(dots), 0) FROM votes WHERE session_id = ?')
    .pluck()
    .get(sessionId) as number;
  if (placed > people * dotsEach) {
    throw conflict(
      `${placed} dots are already placed, more than ${people} × ${dotsEach} allows. Remove some votes first.`,
    );
  }
}
