import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { backupDatabase } from './backup';
import { appliedMigrationIds, pendingMigrations, runMigrations } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';

export const DATABASE_FILE_NAME = 'threadline.sqlite';

export interface OpenOptions {
  /** Path to a better-sqlite3 binary built for the running ABI (Electron keeps its own). */
  nativeBinding?: string;
  migrations?: readonly Migration[];
}

/**
 * Opens (or creates) the workspace database in `dataDir` and brings its schema up to date.
 * A database written by a newer version is refused before anything in it is changed.
 */
export async function openDatabase(dataDir: string, options: OpenOptions = {}): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE_NAME);
  const isNew = !existsSync(file);
  const db = new BetterSqlite3(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma('busy_timeout = 5000');
    const applied = appliedMigrationIds(db);
    const pending = pendingMigrations(applied, options.migrations ?? MIGRATIONS, file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    if (pending.length > 0) {
      if (!isNew && applied.length > 0) await backupDatabase(db, dataDir, 'before-migration');
      runMigrations(db, pending);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
