import { statSync } from 'node:fs';

// SQLite keeps writing to a file it has open even after that file is deleted or replaced on
// disk, and everything written then is gone at the next start. Comparing the file's identity
// (device and inode) with the one it had when opened tells that this happened, for the cost of
// a stat per change.

interface Identity {
  dev: number;
  ino: number;
}

function identityOf(file: string): Identity | null {
  try {
    const { dev, ino } = statSync(file);
    return { dev, ino };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

const same = (a: Identity | null, b: Identity | null) =>
  a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;

export interface FileWatch {
  /** True while the database file (and its write-ahead log) are the ones that were opened. */
  intact(): boolean;
}

/** Remembers the open database file and its write-ahead log, to notice either going away. */
export function watchDatabaseFile(file: string): FileWatch {
  const main = identityOf(file);
  let wal = identityOf(`${file}-wal`);
  return {
    intact() {
      if (!same(identityOf(file), main)) return false;
      const currentWal = identityOf(`${file}-wal`);
      // SQLite makes the log on first use; from then on it stays while the file is open.
      if (wal === null) {
        wal = currentWal;
        return true;
      }
      return same(currentWal, wal);
    },
  };
}
