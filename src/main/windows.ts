import { join } from 'node:path';
import { WINDOW_BACKGROUND } from '@shared/window-colours';
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export interface WindowPaths {
  preload: string;
  rendererIndex: string;
  icon: string;
}

/** The locked-down web preferences of every window the app opens. */
export const securePreferences = (preload: string) => ({
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
});

/** The shared-screen window: movable to the projector, same locked-down page as the console. */
export function presentationWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 720,
    title: 'Threadline — presentation',
    backgroundColor: WINDOW_BACKGROUND.projector,
    autoHideMenuBar: true,
    webPreferences: securePreferences(preload),
  };
}

export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Threadline',
    icon: paths.icon,
    show: false,
    backgroundColor: WINDOW_BACKGROUND.console,
    webPreferences: { ...securePreferences(paths.preload), spellcheck: true },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(paths.rendererIndex);
  return window;
}

export function windowPaths(mainDir: string): WindowPaths {
  return {
    preload: join(mainDir, '../preload/index.cjs'),
    rendererIndex: join(mainDir, '../renderer/index.html'),
    icon: join(mainDir, '../../resources/icon.png'),
  };
}
