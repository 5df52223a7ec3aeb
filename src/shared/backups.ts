import { z } from 'zod';

export const BACKUP_REASONS = [
  'daily',
  'manual',
  'before-migration',
  'before-restore',
  'rescue',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * How many backups of each kind are kept; the oldest of a kind goes when a newer one is made.
 * Safety copies (before an upgrade or a restore) rotate separately from the daily ones.
 */
export const BACKUPS_KEPT: Record<BackupReason, number> = {
  daily: 7,
  manual: 10,
  'before-migration': 5,
  'before-restore': 5,
  rescue: 5,
};

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  daily: 'Daily',
  manual: 'Made by hand',
  'before-migration': 'Before an upgrade',
  'before-restore': 'Before a restore',
  rescue: 'Saved when the workspace file went missing',
};

export interface BackupInfo {
  /** The file name inside the backups folder; the only way to name a backup in a request. */
  id: string;
  createdAt: string;
  sizeBytes: number;
  reason: BackupReason;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The copy of the workspace as it was just before the restore. */
  safetyBackup: BackupInfo;
}

/** Why the workspace opened in recovery instead of normally. */
export interface RecoveryInfo {
  /** What is wrong with the file, in plain words. */
  problem: string;
  /** The workspace file that could not be used; it is set aside, unchanged, on recovery. */
  databaseFile: string;
  /** True when there is no workspace file at all, only backups of one. */
  missing: boolean;
}

export interface RecoveryResult {
  /** Where the damaged file now lies, byte for byte as it was found; null when there was none. */
  damagedFile: string | null;
  /** The backup that was restored; null when starting fresh. */
  restored: BackupInfo | null;
}

export const RestoreBackupInput = z.object({
  backupId: z
    .string({ error: 'Choose a backup to restore.' })
    .min(1, 'Choose a backup to restore.')
    .max(200, 'That backup name is too long.'),
});
