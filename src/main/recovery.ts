import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, RecoveryResult } from '@shared/backups';
import { conflict } from '@shared/errors';
import BetterSqlite3 from 'better-sqlite3';
import {
  backupDir,
  inspectBackup,
  listBackupFiles,
  restoreInto,
  setAside,
  UnusableBackupError,
} from './db/backup';

/** How a workspace in recovery leaves it: restore the newest good backup, or start fresh. */
export type Recover = (restoreLatest: boolean) => Promise<RecoveryResult>;

/** Leaves recovery; a workspace that opened normally (no `recover`) has nothing to recover. */
export async function leaveRecovery(
  recover: Recover | undefined,
  restoreLatest: boolean,
): Promise<RecoveryResult> {
  if (!recover) throw conflict('Your workspace opened normally, so there is nothing to recover.');
  return recover(restoreLatest);
}

export interface RecoveryOptions {
  dataDir: string;
  databaseFile: string;
  nativeBinding?: string;
  now: Date;
  /** Restore the newest usable backup; otherwise leave the place empty for a fresh start. */
  restoreLatest: boolean;
}

/**
 * Moves the damaged workspace file aside, untouched, and (when asked) puts the newest backup
 * that passes every check in its place. Nothing is moved when no usable backup exists.
 */
export async function recoverWorkspace(options: RecoveryOptions): Promise<RecoveryResult> {
  // A connection of its own to read backups through: the damaged file is never opened again.
  const host = new BetterSqlite3(':memory:', {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    const restored = options.restoreLatest ? newestUsableBackup(host, options.dataDir) : null;
    if (options.restoreLatest && !restored) {
      throw conflict(
        'There is no usable backup to restore. Start fresh instead; the damaged file is kept aside.',
      );
    }
    const existed = existsSync(options.databaseFile);
    const setAsideAt = setAside(options.databaseFile, options.now);
    const damagedFile = existed ? setAsideAt : null;
    if (restored) {
      // Written beside the workspace first and renamed into place, so the workspace file is
      // never half written.
      const staging = `${options.databaseFile}.restoring`;
      rmSync(staging, { force: true });
      await restoreInto(host, join(backupDir(options.dataDir), restored.id), staging);
      renameSync(staging, options.databaseFile);
    }
    return { damagedFile, restored };
  } finally {
    host.close();
  }
}

function newestUsableBackup(host: BetterSqlite3.Database, dataDir: string): BackupInfo | null {
  for (const backup of listBackupFiles(dataDir)) {
    try {
      inspectBackup(host, join(backupDir(dataDir), backup.id));
      return backup;
    } catch (error) {
      if (!(error instanceof UnusableBackupError)) throw error;
    }
  }
  return null;
}
