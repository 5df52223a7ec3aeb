import type { MethodName, MethodResult } from '@shared/contract';
import type { ErrorPayload } from '@shared/errors';
import type { Workspace } from '../workspace';

/** Calls a method and returns its value, failing the test with the error message otherwise. */
export function ok<M extends MethodName>(
  ws: Workspace,
  method: M,
  input: unknown,
): MethodResult<M> {
  const envelope = ws.dispatch(method, input);
  if (!envelope.ok)
    throw new Error(`${method} failed: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as MethodResult<M>;
}

/** Calls a method that must be refused and returns the typed error. */
export function refused(ws: Workspace, method: MethodName, input: unknown): ErrorPayload {
  const envelope = ws.dispatch(method, input);
  if (envelope.ok) throw new Error(`${method} unexpectedly succeeded`);
  return envelope.error;
}

export function count(ws: Workspace, table: string, where = '1 = 1', ...params: unknown[]): number {
  return ws.db
    .prepare(`SELECT COUNT(*) FROM ${table} WHERE ${where}`)
    .pluck()
    .get(...params) as number;
}

/** The ids of a session's participants, in check-in order. */
export function participantIds(ws: Workspace, sessionId: string): string[] {
  return ws.db
    .prepare('SELECT id FROM participants WHERE session_id = ? ORDER BY position')
    .pluck()
    .all(sessionId) as string[];
}

/** A team and a session with `people` anonymous participants, ready for any stage. */
export function sessionWith(ws: Workspace, people = 5, teamName = 'Checkout squad') {
  const team = ok(ws, 'teams.create', { name: teamName, members: ['Ana', 'Ben', 'Chioma'] });
  const session = ok(ws, 'sessions.create', { teamId: team.id, title: 'Sprint 12 retro' });
  if (people > 0)
    ok(ws, 'participants.set', { sessionId: session.id, mode: 'anonymous', count: people });
  return { team, session, sessionId: session.id };
}
