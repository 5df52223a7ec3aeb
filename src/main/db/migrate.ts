import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations';

export class DatabaseTooNewError extends Error {
  constructor(file: string) {
    super(
      `The workspace at ${file} was saved by a newer version of Threadline. ` +
        'Update Threadline to open it; the file has been left untouched.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function appliedMigrationIds(db: Database): number[] {
  const table = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!table) return [];
  return db.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all() as number[];
}

/** Migrations still to run, or a refusal when the file holds migrations this build does not know. */
export function pendingMigrations(
  applied: readonly number[],
  known: readonly Migration[],
  file: string,
): Migration[] {
  const isPrefix =
    applied.length <= known.length && applied.every((id, index) => known[index]?.id === id);
  if (!isPrefix) throw new DatabaseTooNewError(file);
  return known.slice(applied.length);
}

export function runMigrations(db: Database, migrations: readonly Migration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const record = db.prepare(
    'INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)',
  );
  for (const migration of migrations) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.id, migration.name, new Date().toISOString());
    })();
  }
}
