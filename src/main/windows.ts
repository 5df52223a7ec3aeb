import { join } from 'node:path';
import { BrowserWindow } from 'electron';

export interface WindowPaths {
  preload: string;
  rendererIndex: string;
  icon: string;
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
    backgroundColor: '#f6f4ef',
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
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
