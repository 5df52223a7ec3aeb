import { join } from 'node:path';

/** Where an installed app keeps the Electron build of the SQLite driver, under its resources. */
export const PACKAGED_SQLITE_BINDING = 'native/better_sqlite3.node';

export interface SqliteBindingOptions {
  packaged: boolean;
  resourcesPath: string;
  env: NodeJS.ProcessEnv;
}

/**
 * The Electron-ABI driver the desktop app loads. An installed app always uses the copy it ships
 * with (never one named by the environment); a development run uses the build `npm start` keeps
 * apart from the Node one that tests use.
 */
export function sqliteBinding(options: SqliteBindingOptions): string | undefined {
  if (options.packaged) {
    return join(options.resourcesPath, ...PACKAGED_SQLITE_BINDING.split('/'));
  }
  return options.env.THREADLINE_SQLITE_BINDING;
}
