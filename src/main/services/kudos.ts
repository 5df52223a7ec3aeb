import type { ParsedInput } from '@shared/contract';
import { notFound } from '@shared/errors';
import type { Kudos } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import { newId, now } from './ids';
import { openSessionRow } from './session-guards';
import { insertKudos } from './writers/kudos';

const KUDOS_COLUMNS = 'id, act, who, outcome, created_at AS createdAt';

export function kudosView(db: Database, sessionId: string): Kudos[] {
  return db
    .prepare(`SELECT ${KUDOS_COLUMNS} FROM kudos WHERE session_id = ? ORDER BY created_at, rowid`)
    .all(sessionId) as Kudos[];
}

export function addKudos(db: Database, input: ParsedInput<'kudos.add'>): Kudos {
  const id = newId();
  db.transaction(() => {
    openSessionRow(db, input.sessionId);
    insertKudos(db, {
      id,
      session_id: input.sessionId,
      act: input.act,
      who: input.who,
      outcome: input.outcome,
      created_at: now(),
    });
  })();
  return db.prepare(`SELECT ${KUDOS_COLUMNS} FROM kudos WHERE id = ?`).get(id) as Kudos;
}

export function deleteKudos(db: Database, input: ParsedInput<'kudos.delete'>): null {
  db.transaction(() => {
    const sessionId = db
      .prepare('SELECT session_id FROM kudos WHERE id = ?')
      .pluck()
      .get(input.kudosId) as string | undefined;
    if (!sessionId)
      throw notFound('That kudos no longer exists. It may already have been removed.');
    openSessionRow(db, sessionId);
    db.prepare('DELETE FROM kudos WHERE id = ?').run(input.kudosId);
  })();
  return null;
}
