import { join } from 'node:path';
import { WINDOW_BACKGROUND } from '@shared/window-colours';
import {
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  type WindowOpenHandlerResponse,
} from 'electron';
import { appPageUrl } from './app-url';

export interface WindowPaths {
  preload: string;
  /** The built renderer: the only folder the `app://` scheme serves. */
  rendererDir: string;
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

/** The workspace's one shared-screen window. */
export interface PresentationWindow {
  /** The window-open handler's answer for the presentation view's address. */
  open(url: string): WindowOpenHandlerResponse;
  /** Keeps the window an allowed `open` created, until it is closed. */
  adopt(window: BrowserWindow): void;
}

/**
 * One presentation window per workspace: the first request opens it; later ones bring it
 * forward (showing the address asked for, which follows the console anyway) instead of a
 * second window the facilitator would have to drag to the projector again.
 */
export function presentationWindow(preload: string): PresentationWindow {
  let current: BrowserWindow | null = null;
  return {
    open(url) {
      if (current === null || current.isDestroyed()) {
        return {
          action: 'allow',
          overrideBrowserWindowOptions: presentationWindowOptions(preload),
        };
      }
      if (current.webContents.getURL() !== url) void current.loadURL(url);
      if (current.isMinimized()) current.restore();
      current.focus();
      return { action: 'deny' };
    },
    adopt(window) {
      current = window;
      window.once('closed', () => {
        if (current === window) current = null;
      });
    },
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
  void window.loadURL(appPageUrl());
  return window;
}

/** Paths of the built app, from the folder of the built main process (`out/main`). */
export function windowPaths(mainDir: string): WindowPaths {
  const rendererDir = join(mainDir, '../renderer');
  return {
    preload: join(mainDir, '../preload/index.cjs'),
    rendererDir,
    // The renderer build copies resources/ into its folder, so the icon ships inside the app.
    icon: join(rendererDir, 'icon.png'),
  };
}
