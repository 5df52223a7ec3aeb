import type { MethodName } from '@shared/contract';
import type { ChangeScope } from '@shared/contract-changes';
import type { Database } from 'better-sqlite3';
import { prepared } from './writers/prepared';

// What a change concerns, from the ids its input names: the retro and the team, so that windows
// refetch only the queries about them. Read before the change, while a row it deletes is there.

/** Input fields naming a row of a session, and the table it is in. */
const SESSION_PARTS = {
  cardId: 'cards',
  groupId: 'card_groups',
  kudosId: 'kudos',
  actionId: 'actions',
  commitmentId: 'commitments',
} as const;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

function sessionOfPart(db: Database, input: Record<string, unknown>): string | undefined {
  for (const [field, table] of Object.entries(SESSION_PARTS)) {
    const id = text(input[field]);
    if (id) {
      return prepared(db, `SELECT session_id FROM ${table} WHERE id = ?`).pluck().get(id) as
        | string
        | undefined;
    }
  }
  return undefined;
}

export function scopeOfInput(db: Database, input: unknown): ChangeScope {
  const fields = (input ?? {}) as Record<string, unknown>;
  const sessionId = text(fields.sessionId) ?? sessionOfPart(db, fields);
  const teamId =
    text(fields.teamId) ??
    (sessionId
      ? (prepared(db, 'SELECT team_id FROM sessions WHERE id = ?').pluck().get(sessionId) as
          | string
          | undefined)
      : undefined);
  return { ...(sessionId ? { sessionId } : {}), ...(teamId ? { teamId } : {}) };
}

/** A change that creates a retro or a team concerns the one it created. */
export function withCreated(method: MethodName, scope: ChangeScope, value: unknown): ChangeScope {
  const created = text((value as { id?: unknown } | null)?.id);
  if (!created) return scope;
  if (method === 'sessions.create') return { ...scope, sessionId: created };
  if (method === 'teams.create' || method === 'sample.load') return { ...scope, teamId: created };
  return scope;
}
