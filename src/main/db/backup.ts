import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';

export const BACKUP_DIR_NAME = 'backups';

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR_NAME);
}

/** A consistent copy through SQLite's online backup, never a file copy of a live database. */
export async function backupDatabase(
  db: Database,
  dataDir: string,
  reason: string,
): Promise<string> {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `threadline-${stamp}-${reason}.sqlite`);
  await db.backup(file);
  return file;
}
