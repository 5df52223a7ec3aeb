import { join } from 'node:path';
import type { BackupInfo, RestoreResult } from '@shared/backups';
import { invalidInput, notFound } from '@shared/errors';
import type { Database } from 'better-sqlite3';
import {
  backupDatabase,
  backupDir,
  inspectBackup,
  listBackupFiles,
  pruneBackups,
  restoreInto,
  UnusableBackupError,
} from '../db/backup';
import { runMigrations } from '../db/migrate';

export function listBackups(dataDir: string): BackupInfo[] {
  return listBackupFiles(dataDir);
}

export function createBackup(db: Database, dataDir: string, now = new Date()): Promise<BackupInfo> {
  return backupDatabase(db, dataDir, 'manual', { now });
}

const localDay = (date: Date): string =>
  `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;

/**
 * The start-up backup: at most one per calendar day, only for a workspace that existed, and
 * never for one without a team of its own (empty, or only the sample): rotation must not push
 * good backups out for copies of nothing.
 */
export async function takeDailyBackup(
  db: Database,
  dataDir: string,
  now: Date,
): Promise<BackupInfo | null> {
  if (!db.prepare('SELECT 1 FROM teams WHERE is_sample = 0 LIMIT 1').get()) return null;
  const latest = listBackupFiles(dataDir).find((backup) => backup.reason === 'daily');
  if (latest && localDay(new Date(latest.createdAt)) === localDay(now)) return null;
  return backupDatabase(db, dataDir, 'daily', { now });
}

/** Only a backup from the list can be named: a request never reaches another path. */
function listedBackup(dataDir: string, backupId: string): BackupInfo {
  const backup = listBackupFiles(dataDir).find((candidate) => candidate.id === backupId);
  if (!backup) throw notFound('That backup no longer exists. Pick one from the list.');
  return backup;
}

/**
 * Replaces the workspace with a backup, in place, through SQLite's online backup into the open
 * database file. The backup is checked first, and the current state is backed up before it is
 * replaced, so a restore can itself be undone. An older backup is brought up to date afterwards.
 */
export async function restoreBackup(
  db: Database,
  dataDir: string,
  databaseFile: string,
  backupId: string,
  now = new Date(),
): Promise<RestoreResult> {
  const restored = listedBackup(dataDir, backupId);
  const file = join(backupDir(dataDir), restored.id);
  let pending: ReturnType<typeof inspectBackup>;
  try {
    pending = inspectBackup(db, file);
  } catch (error) {
    if (error instanceof UnusableBackupError) throw invalidInput(error.message, 'backupId');
    throw error;
  }
  // Not rotated until the restore is done: rotation could otherwise remove the chosen backup.
  const safetyBackup = await backupDatabase(db, dataDir, 'before-restore', { now, prune: false });
  await restoreInto(db, file, databaseFile);
  runMigrations(db, pending);
  pruneBackups(dataDir, 'before-restore');
  return { restored, safetyBackup };
}
