import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'Threadline';

/**
 * The folder Electron's `app.getPath('userData')` gives for this app on each platform,
 * computed without Electron so that browser mode and the desktop app share one workspace.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.THREADLINE_DATA_DIR) return env.THREADLINE_DATA_DIR;
  const home = homedir();
  switch (process.platform) {
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_DIR_NAME);
    default:
      return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_DIR_NAME);
  }
}
