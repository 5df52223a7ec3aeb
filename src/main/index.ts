import { fileURLToPath } from 'node:url';
import { IPC_EVENT_CHANNEL } from '@shared/contract';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, Menu } from 'electron';
import { version } from '../../package.json';
import { defaultDataDir } from './data-dir';
import { registerIpc } from './ipc';
import { desktopHost } from './pdf-export';
import { applySecurity } from './security';
import { isAppUrl } from './trusted-url';
import { createMainWindow, windowPaths } from './windows';
import { openWorkspace } from './workspace';

const paths = windowPaths(fileURLToPath(new URL('.', import.meta.url)));

async function start(): Promise<void> {
  await app.whenReady();
  applySecurity(paths);
  Menu.setApplicationMenu(null);

  const workspace = await openWorkspace({
    dataDir: defaultDataDir(),
    mode: 'desktop',
    version,
    nativeBinding: process.env.THREADLINE_SQLITE_BINDING,
    host: desktopHost(paths),
  });
  const isTrustedSender = (event: IpcMainInvokeEvent) =>
    event.senderFrame !== null && isAppUrl(event.senderFrame.url, paths.rendererIndex);
  registerIpc(workspace.call, isTrustedSender);
  workspace.subscribe((event) => {
    for (const window of BrowserWindow.getAllWindows()) {
      window.webContents.send(IPC_EVENT_CHANNEL, event);
    }
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
