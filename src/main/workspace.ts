import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '@shared/contract';
import type { AppEvent } from '@shared/contract-changes';
import { AppError } from '@shared/errors';
import type { Database } from 'better-sqlite3';
import {
  type Call,
  createDispatcher,
  type Dispatch,
  type Dispatcher,
  recoveryRouteTo,
  routeTo,
} from './api/dispatch';
import type { DesktopHost, HandlerContext } from './api/handlers';
import { backupDatabase, backupDir, checkDatabaseFile, listBackupFiles } from './db/backup';
import { watchDatabaseFile } from './db/file-identity';
import { DATABASE_FILE_NAME, openDatabase } from './db/open';
import { recoverWorkspace } from './recovery';
import type { RoomLimits } from './room/limits';
import { createRoomControl, type RoomControl } from './room/room-control';
import { takeDailyBackup } from './services/backups';

export interface Workspace {
  /** The open database; there is none while the workspace is in recovery. */
  readonly db: Database;
  readonly info: AppInfo;
  /** Queries and mutations, answered at once. */
  dispatch: Dispatch;
  /** Every method, tasks included: what the transports use. */
  call: Call;
  subscribe(listener: (event: AppEvent) => void): () => void;
  /** Stops the room, then closes the database. */
  close(): void;
}

export interface WorkspaceOptions {
  dataDir: string;
  mode: AppInfo['mode'];
  version: string;
  nativeBinding?: string;
  /** The clock for backup names and the once-a-day rule; tests move it to simulate days. */
  now?: () => Date;
  /** What the desktop app adds (saving PDFs); absent in browser mode. */
  host?: DesktopHost;
  /** The built renderer, whose participant page the room serves. */
  rendererDir?: string;
  /** THREADLINE_ROOM_ADDRESS or --room-address: the one address the room may listen on. */
  roomAddress?: string | null;
  /** The room's limits; tests make them small. */
  roomLimits?: RoomLimits;
}

const RECOVERY_ONLY =
  'Threadline could not open your workspace. Restore a backup or start fresh first.';
const NO_DATABASE = 'The workspace is in recovery: no database is open.';
const MISSING_AT_START =
  'Your workspace file is missing, but there are backups of it. It may have been deleted or moved.';
const MISSING_WHILE_OPEN =
  'Your workspace file was deleted, moved or replaced while Threadline was running, so this ' +
  'change was not saved, and no change can be until Threadline restarts. Everything saved ' +
  'before is being kept as a backup. Restart Threadline and restore that backup: it offers it ' +
  'at start when the file is gone, and Settings lists it otherwise.';

/**
 * The open database plus the dispatch every transport calls and the events they relay.
 * A workspace file that is unreadable or fails SQLite's check at start is left untouched and
 * the workspace opens in recovery: it answers only what the recovery screen needs, until the
 * user restores the newest good backup or starts fresh; then it carries on as if just opened.
 * A missing file with backups beside it is a recovery case too, not a new empty workspace.
 * While open, every change first checks that the file on disk is still the one opened: once
 * it is gone, changes are refused and what the open connection still holds is backed up.
 */
export async function openWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  const { dataDir, nativeBinding } = options;
  const now = options.now ?? (() => new Date());
  const databaseFile = join(dataDir, DATABASE_FILE_NAME);
  const base = {
    version: options.version,
    mode: options.mode,
    dataDir,
    databaseFile,
    backupDir: backupDir(dataDir),
  };
  const listeners = new Set<(event: AppEvent) => void>();
  let room: RoomControl | null = null;
  const broadcast = (event: AppEvent) => {
    room?.onEvent(event);
    for (const listener of listeners) listener(event);
  };

  let db: Database | null = null;
  let info: AppInfo;
  let dispatcher: Dispatcher;

  async function open(): Promise<Database> {
    const opened = await openDatabase(dataDir, { nativeBinding });
    db = opened;
    info = { ...base, recovery: null };
    const watch = watchDatabaseFile(databaseFile);
    let rescued = false;
    const assertFileIntact = () => {
      if (watch.intact()) return;
      if (!rescued) {
        rescued = true;
        backupDatabase(opened, dataDir, 'rescue', { now: now() }).catch((error: unknown) => {
          console.error('Threadline could not back up the workspace it still had open:', error);
        });
      }
      throw new AppError('workspace_missing', MISSING_WHILE_OPEN);
    };
    room?.close();
    room = createRoomControl({
      db: opened,
      rendererDir: options.rendererDir ?? null,
      forcedAddress: options.roomAddress ?? null,
      broadcast,
      limits: options.roomLimits,
    });
    dispatcher = createDispatcher(
      routeTo({ db: opened, info, host: options.host, assertFileIntact, room }),
      broadcast,
    );
    return opened;
  }

  const missing = !existsSync(databaseFile) && listBackupFiles(dataDir).length > 0;
  const problem = missing ? MISSING_AT_START : checkDatabaseFile(databaseFile, nativeBinding);
  if (problem === null) {
    const existed = existsSync(databaseFile);
    const opened = await open();
    if (existed) {
      // A failed daily backup must not keep anyone from their retros; it is tried again next start.
      await takeDailyBackup(opened, dataDir, now()).catch((error: unknown) => {
        console.error('Threadline could not take the daily backup:', error);
      });
    }
  } else {
    info = { ...base, recovery: { problem, databaseFile, missing } };
    const inRecovery: HandlerContext = {
      get db(): Database {
        throw new Error(NO_DATABASE);
      },
      info,
      host: options.host,
      async recover(restoreLatest: boolean) {
        const result = await recoverWorkspace({
          dataDir,
          databaseFile,
          nativeBinding,
          now: now(),
          restoreLatest,
        });
        await open();
        return result;
      },
    };
    dispatcher = createDispatcher(
      recoveryRouteTo(inRecovery),
      broadcast,
      console.error,
      RECOVERY_ONLY,
    );
  }

  return {
    get db() {
      if (!db) throw new Error(NO_DATABASE);
      return db;
    },
    get info() {
      return info;
    },
    dispatch: (method, input) => dispatcher.dispatch(method, input),
    call: (method, input) => dispatcher.call(method, input),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      room?.close();
      db?.close();
    },
  };
}
