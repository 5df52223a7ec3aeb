import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_REASONS, BACKUPS_KEPT, type BackupInfo, type BackupReason } from '@shared/backups';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { DatabaseTooNewError, pendingMigrations } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';

// better-sqlite3 supports backing up an attached database; its type definitions omit the option.
declare module 'better-sqlite3' {
  interface BackupOptions {
    attached?: string;
  }
}

export const BACKUP_DIR_NAME = 'backups';

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR_NAME);
}

const stampOf = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

const BACKUP_NAME = new RegExp(
  `^threadline-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${BACKUP_REASONS.join('|')})\\.sqlite$`,
);

function parseBackupName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, reason] = match;
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, reason: reason as BackupReason };
}

/** Every backup in the folder, newest first. Files that are not Threadline backups are ignored. */
export function listBackupFiles(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  const backups: BackupInfo[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const parsed = entry.isFile() ? parseBackupName(entry.name) : null;
    if (!parsed) continue;
    backups.push({ id: entry.name, ...parsed, sizeBytes: statSync(join(dir, entry.name)).size });
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/**
 * A consistent copy through SQLite's online backup, never a file copy of a live database.
 * The copy is switched to a rollback journal so that it is one self-contained file, and the
 * oldest backups of the same kind beyond `BACKUPS_KEPT` are removed.
 */
export async function backupDatabase(
  db: Database,
  dataDir: string,
  reason: BackupReason,
  { now = new Date(), prune = true }: { now?: Date; prune?: boolean } = {},
): Promise<BackupInfo> {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  let at = now.getTime();
  while (existsSync(join(dir, backupName(new Date(at), reason)))) at += 1;
  const name = backupName(new Date(at), reason);
  const file = join(dir, name);
  await db.backup(file);
  withAttached(db, file, (schema) => db.pragma(`${schema}.journal_mode = DELETE`));
  if (prune) pruneBackups(dataDir, reason);
  const info = listBackupFiles(dataDir).find((backup) => backup.id === name);
  if (!info) throw new Error(`The backup ${file} disappeared right after it was written.`);
  return info;
}

function backupName(at: Date, reason: BackupReason): string {
  return `threadline-${stampOf(at)}-${reason}.sqlite`;
}

export function pruneBackups(dataDir: string, reason: BackupReason): void {
  const stale = listBackupFiles(dataDir)
    .filter((backup) => backup.reason === reason)
    .slice(BACKUPS_KEPT[reason]);
  for (const backup of stale) rmSync(join(backupDir(dataDir), backup.id), { force: true });
}

/** Thrown when a backup cannot be restored; the message says why in plain words. */
export class UnusableBackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnusableBackupError';
  }
}

/**
 * Checks a backup before it is restored: readable, passing SQLite's full integrity check,
 * made by Threadline and not by a newer version of it. Only read, through `host` (any open
 * connection), so no second copy of the SQLite driver is needed. Returns the migrations the
 * backup still needs once restored.
 */
export function inspectBackup(
  host: Database,
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Migration[] {
  try {
    return withAttached(host, file, (schema) => {
      const result = host.pragma(`${schema}.integrity_check`, { simple: true });
      if (result !== 'ok') {
        throw new UnusableBackupError('This backup is damaged: it fails SQLite’s integrity check.');
      }
      const tracked = host
        .prepare(
          `SELECT 1 FROM ${schema}.sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`,
        )
        .get();
      if (!tracked) throw new UnusableBackupError('This file is not a Threadline backup.');
      const applied = host
        .prepare(`SELECT id FROM ${schema}.schema_migrations ORDER BY id`)
        .pluck()
        .all() as number[];
      return pendingMigrations(applied, migrations, file);
    });
  } catch (error) {
    if (error instanceof DatabaseTooNewError) {
      throw new UnusableBackupError(
        'This backup was made by a newer version of Threadline. Update Threadline to restore it.',
      );
    }
    if (error instanceof BetterSqlite3.SqliteError) {
      throw new UnusableBackupError(`This backup cannot be read: ${error.message}.`);
    }
    throw error;
  }
}

/**
 * Writes the database in `source` over `destination` through SQLite's online backup, run by
 * `host` (any open connection; it may be the one that has `destination` open: SQLite then
 * shows it the restored content on its next read).
 */
export async function restoreInto(host: Database, source: string, destination: string) {
  const schema = attach(host, source);
  try {
    // Everything in one step after the first: nothing else may change the workspace meanwhile.
    await host.backup(destination, { attached: schema, progress: () => ALL_REMAINING_PAGES });
  } finally {
    host.prepare('DETACH DATABASE ?').run(schema);
  }
}

const ALL_REMAINING_PAGES = 0x7fffffff;

let attachments = 0;

function attach(host: Database, file: string): string {
  attachments += 1;
  const schema = `threadline_backup_${attachments}`;
  host.prepare('ATTACH DATABASE ? AS ?').run(file, schema);
  return schema;
}

function withAttached<T>(host: Database, file: string, use: (schema: string) => T): T {
  const schema = attach(host, file);
  try {
    return use(schema);
  } finally {
    host.prepare('DETACH DATABASE ?').run(schema);
  }
}

// Errors that mean the file itself is unusable, as opposed to, say, a busy or locked database.
const DAMAGE_CODES = /^SQLITE_(NOTADB|CORRUPT|CANTOPEN|IOERR)/;

/**
 * Whether the workspace file at start can be used: null when it is fine (or absent), otherwise
 * what is wrong. Opened read-only with SQLite's quick check, so the file is never changed.
 */
export function checkDatabaseFile(file: string, nativeBinding?: string): string | null {
  if (!existsSync(file)) return null;
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    const result = db.pragma('quick_check', { simple: true });
    return result === 'ok' ? null : 'The workspace file is damaged: it fails SQLite’s check.';
  } catch (error) {
    if (error instanceof BetterSqlite3.SqliteError && DAMAGE_CODES.test(error.code)) {
      return `The workspace file cannot be read (${error.message}).`;
    }
    throw error;
  } finally {
    db?.close();
  }
}

/**
 * Moves the workspace file (and its WAL companions) aside as `<file>.damaged-<time>`, renamed,
 * never rewritten, so the bytes stay exactly as they were found. Returns the new path.
 */
export function setAside(file: string, now: Date = new Date()): string {
  let at = now.getTime();
  while (existsSync(`${file}.damaged-${stampOf(new Date(at))}`)) at += 1;
  const target = `${file}.damaged-${stampOf(new Date(at))}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}
