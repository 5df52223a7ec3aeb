import { createHash } from 'node:crypto';
import type { MethodName, MethodResult } from '@shared/contract';
import type { ErrorPayload } from '@shared/errors';
import type { Database } from 'better-sqlite3';
import type { Workspace } from '../workspace';

export function tableNames(db: Database): string[] {
  return db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
}

/** Tables kept in key order rather than the order of entry (anonymous values). */
function withoutRowid(db: Database): Set<string> {
  const tables = db.pragma('table_list') as { name: string; wr: number }[];
  return new Set(tables.filter((t) => t.wr === 1).map((t) => t.name));
}

/**
 * An order for a table without rowids that two workspaces holding the same data agree on:
 * referenced rows by their own storage order, then the other columns, the random id last.
 */
function contentOrder(db: Database, table: string): string {
  const keys = db.pragma(`foreign_key_list("${table}")`) as {
    table: string;
    from: string;
    to: string;
  }[];
  const columns = (db.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name);
  const referenced = keys.map(
    (key) => `(SELECT rowid FROM "${key.table}" r WHERE r."${key.to}" = t."${key.from}")`,
  );
  const rest = columns.filter((c) => c !== 'id' && !keys.some((key) => key.from === c));
  const last = columns.includes('id') ? ['t.id'] : [];
  return [...referenced, ...rest.map((c) => `t."${c}"`), ...last].join(', ');
}

/** Every row of every table, in storage order (tables without rowids: in content order). */
export function allRows(db: Database): Record<string, unknown[]> {
  const keyed = withoutRowid(db);
  return Object.fromEntries(
    tableNames(db).map((table) => [
      table,
      db
        .prepare(
          `SELECT t.* FROM "${table}" t ORDER BY ${keyed.has(table) ? contentOrder(db, table) : 'rowid'}`,
        )
        .all(),
    ]),
  );
}

/** A fingerprint of every stored row: equal fingerprints, equal data. */
export function checksum(db: Database): string {
  return createHash('sha256')
    .update(JSON.stringify(allRows(db)))
    .digest('hex');
}

export function rowCounts(db: Database): Record<string, number> {
  return Object.fromEntries(
    tableNames(db).map((table) => [
      table,
      db.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number,
    ]),
  );
}

/** Calls any method (tasks included) and returns its value, failing the test otherwise. */
export async function done<M extends MethodName>(
  ws: Workspace,
  method: M,
  input: unknown,
): Promise<MethodResult<M>> {
  const envelope = await ws.call(method, input);
  if (!envelope.ok) {
    throw new Error(`${method} failed: ${envelope.error.code}: ${envelope.error.message}`);
  }
  return envelope.value as MethodResult<M>;
}

/** Calls any method (tasks included) that must be refused and returns the typed error. */
export async function refusedLater(
  ws: Workspace,
  method: MethodName,
  input: unknown,
): Promise<ErrorPayload> {
  const envelope = await ws.call(method, input);
  if (envelope.ok) throw new Error(`${method} unexpectedly succeeded`);
  return envelope.error;
}
