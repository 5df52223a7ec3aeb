import { AppError } from '@shared/errors';
import BetterSqlite3 from 'better-sqlite3';

// Failures of the disk rather than of the request: each gets its own typed error saying what
// happened and what to do. A failed change is rolled back whole (every mutation runs in one
// transaction), so each message can say that nothing was saved.

const FULL = new AppError(
  'storage_full',
  'The disk that holds your workspace is full, so this change was not saved. ' +
    'Free some space on it, then try again. Nothing was saved; everything saved before is intact.',
);

const READ_ONLY = new AppError(
  'storage_read_only',
  'Threadline is not allowed to write to your workspace file or its folder, so this change was ' +
    'not saved. Check that the folder is not read-only and that your user account may change ' +
    'the files in it, then restart Threadline. Nothing was saved.',
);

const FULL_ERRNO = new Set(['ENOSPC', 'EDQUOT']);
const READ_ONLY_ERRNO = new Set(['EACCES', 'EPERM', 'EROFS']);

/** The typed error for a storage failure, or null when the error is something else. */
export function storageError(error: unknown): AppError | null {
  if (error instanceof BetterSqlite3.SqliteError) {
    if (error.code === 'SQLITE_FULL') return FULL;
    if (error.code.startsWith('SQLITE_READONLY') || error.code === 'SQLITE_PERM') return READ_ONLY;
    if (error.code === 'SQLITE_CANTOPEN') return READ_ONLY;
    return null;
  }
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof errno !== 'string') return null;
  if (FULL_ERRNO.has(errno)) return FULL;
  if (READ_ONLY_ERRNO.has(errno)) return READ_ONLY;
  return null;
}
