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

/** Every row of every table, in storage order. */
export function allRows(db: Database): Record<string, unknown[]> {
  return Object.fromEntries(
    tableNames(db).map((table) => [
      table,
      db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all(),
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
