import { fileURLToPath } from 'node:url';
import { IPC_EVENT_CHANNEL } from '@shared/contract';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { version } from '../../package.json';
import { registerAppScheme, serveApp } from './app-protocol';
import { defaultDataDir } from './data-dir';
import { registerIpc } from './ipc';
import { desktopHost } from './pdf-export';
import { forcedRoomAddress } from './room/addresses';
import { applySecurity } from './security';
import { sqliteBinding } from './sqlite-binding';
import { createMainWindow, windowPaths } from './windows';
import { openWorkspace } from './workspace';

const paths = windowPaths(fileURLToPath(new URL('.', import.meta.url)));
registerAppScheme();

async function start(): Promise<void> {
  await app.whenReady();
  serveApp(paths.rendererDir);
  applySecurity(paths);
  Menu.setApplicationMenu(null);

  const workspace = await openWorkspace({
    dataDir: defaultDataDir(),
    mode: 'desktop',
    version,
    nativeBinding: sqliteBinding({
      packaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      env: process.env,
    }),
    host: desktopHost(paths),
    rendererDir: paths.rendererDir,
    roomAddress: forcedRoomAddress(process.env.THREADLINE_ROOM_ADDRESS),
  });
  registerIpc(workspace.call);
  // A change's event goes out after its answer, as in browser mode: the window that made the
  // change shows the answer first, and its event then only refetches what the answer left stale.
  workspace.subscribe((event) => {
    setImmediate(() => {
      for (const window of BrowserWindow.getAllWindows()) {
        window.webContents.send(IPC_EVENT_CHANNEL, event);
      }
    });
  });

  createMainWindow(paths);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(paths);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => workspace.close());
}

start().catch((error: unknown) => {
  dialog.showErrorBox(
    'Threadline could not start',
    error instanceof Error ? error.message : String(error),
  );
  app.exit(1);
});
