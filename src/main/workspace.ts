import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { AppEvent, AppInfo } from '../shared/contract';
import { createDispatch, type Dispatch } from './api/dispatch';
import { DATABASE_FILE_NAME, openDatabase } from './db/open';

export interface Workspace {
  db: Database;
  info: AppInfo;
  dispatch: Dispatch;
  subscribe(listener: (event: AppEvent) => void): () => void;
  close(): void;
}

export interface WorkspaceOptions {
  dataDir: string;
  mode: AppInfo['mode'];
  version: string;
  nativeBinding?: string;
}

/** The open database plus the dispatch every transport calls and the events they relay. */
export async function openWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  const db = await openDatabase(options.dataDir, { nativeBinding: options.nativeBinding });
  const info: AppInfo = {
    version: options.version,
    mode: options.mode,
    dataDir: options.dataDir,
    databaseFile: join(options.dataDir, DATABASE_FILE_NAME),
  };
  const listeners = new Set<(event: AppEvent) => void>();
  const broadcast = (event: AppEvent) => {
    for (const listener of listeners) listener(event);
  };
  return {
    db,
    info,
    dispatch: createDispatch({ db, info }, broadcast),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      db.close();
    },
  };
}
