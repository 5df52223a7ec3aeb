import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IPC_EVENT_CHANNEL, ipcChannel } from '@shared/contract';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_SCHEME, appPageUrl } from './app-url';
import { CONTENT_SECURITY_POLICY } from './host/content-security-policy';
import * as electron from './test/fake-electron';
import { tempDir } from './test/temp-workspace';

// The desktop shell as index.ts wires it, checked item by item against Electron's security
// checklist, with a stand-in for Electron itself and a real workspace on a real SQLite file.
vi.mock('electron', () => import('./test/fake-electron'));

const { app, becomeReady, BrowserWindow, ipcMain, protocol, session, shell } = electron;
const dataDir = tempDir();
const secure = { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true };

const fromFrame = (url: string | null) => ({ senderFrame: url === null ? null : { url } });
const callIpc = (method: 'teams.create' | 'teams.list', frameUrl: string | null, input: unknown) =>
  ipcMain.handlers.get(ipcChannel(method))?.(fromFrame(frameUrl), input);
const serve = (url: string, init?: RequestInit) => {
  const handler = protocol.handlers.get(APP_SCHEME);
  if (!handler) throw new Error('The app scheme has no handler.');
  return handler(new Request(url, init));
};
const mainWindow = () => {
  const window = BrowserWindow.all[0];
  if (!window) throw new Error('No main window was opened.');
  return window;
};

beforeAll(async () => {
  vi.stubEnv('THREADLINE_DATA_DIR', dataDir.path);
  vi.stubEnv('THREADLINE_SQLITE_BINDING', undefined);
  await import('./index');
  // Electron only accepts privileged schemes before it is ready; index.ts must register first.
  expect(protocol.privileged.map((entry) => entry.scheme)).toEqual([APP_SCHEME]);
  becomeReady();
  await vi.waitFor(() => expect(BrowserWindow.all).toHaveLength(1), { timeout: 10_000 });
});

afterAll(() => {
  app.quit();
  vi.unstubAllEnvs();
  dataDir.remove();
});

describe('the desktop shell wired by index.ts', () => {
  it('starts without an error and hides the default menu', () => {
    expect(electron.dialog.errors).toEqual([]);
    expect(electron.Menu.applicationMenu).toBeNull();
  });

  it('opens the main window sandboxed, with context isolation and without Node', () => {
    expect(mainWindow().options.webPreferences).toMatchObject(secure);
    expect(mainWindow().options.webPreferences?.preload).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('loads the page from its own app:// origin, never from file://', () => {
    expect(mainWindow().loadedUrls).toEqual(['app://threadline/index.html']);
    expect(mainWindow().loadedFiles).toEqual([]);
    expect(protocol.privileged[0]?.privileges).toMatchObject({ standard: true, secure: true });
  });

  it('serves the built renderer over app:// under the Content-Security-Policy', async () => {
    const response = await serve('app://threadline/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const page = readFileSync(join(import.meta.dirname, '../renderer/index.html'), 'utf8');
    expect(await response.text()).toBe(page);
  });

  it('serves nothing outside the renderer folder', async () => {
    // src/main/index.ts sits beside the renderer folder the test app serves.
    expect((await serve('app://threadline/..%2fmain%2findex.ts')).status).toBe(404);
    expect((await serve('app://elsewhere/index.html')).status).toBe(404);
  });

  it('puts the Content-Security-Policy on every response the session receives', () => {
    const handler = session.defaultSession.headersHandler;
    const callback = vi.fn();
    handler?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    const { permissionRequestHandler, permissionCheckHandler } = session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      (permissionRequestHandler as (...args: unknown[]) => void)({}, permission, callback);
      expect((permissionCheckHandler as (...args: unknown[]) => boolean)({}, permission)).toBe(
        false,
      );
    }
    expect(callback.mock.calls).toEqual([[false], [false], [false], [false]]);
  });

  it('refuses navigation away from the app page, redirects and webviews', () => {
    const contents = mainWindow().webContents;
    expect(contents.refuses('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.refuses('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.refuses('will-navigate', 'app://threadline.evil/index.html')).toBe(true);
    expect(contents.refuses('will-navigate', appPageUrl('/teams'))).toBe(false);
    expect(contents.refuses('will-redirect', appPageUrl())).toBe(true);
    expect(contents.refuses('will-attach-webview')).toBe(true);
  });

  it('refuses new windows, sending plain https links to the system browser', () => {
    const open = mainWindow().webContents.windowOpenHandler;
    expect(open?.({ url: 'https://example.com/guide' })).toEqual({ action: 'deny' });
    expect(open?.({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    expect(open?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(open?.({ url: 'app://threadline/index.html#/teams' })).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual(['https://example.com/guide']);
  });

  it('allows the presentation view as a window with the same locked-down preferences', () => {
    const open = mainWindow().webContents.windowOpenHandler;
    const decision = open?.({ url: appPageUrl('/present/s1') }) as {
      action: string;
      overrideBrowserWindowOptions?: { webPreferences?: object };
    };
    expect(decision.action).toBe('allow');
    expect(decision.overrideBrowserWindowOptions?.webPreferences).toMatchObject({
      ...secure,
      preload: mainWindow().options.webPreferences?.preload,
    });
  });

  it('keeps one presentation window: opening it again brings that one forward', () => {
    const main = mainWindow().webContents;
    const open = (route: string) =>
      main.windowOpenHandler?.({ url: appPageUrl(route) }) as { action: string };
    // Electron creates the window an allowed open asks for, and says so.
    const created = () => {
      const window = new BrowserWindow(mainWindow().options);
      window.webContents.url = appPageUrl('/present');
      main.emit('did-create-window', window, { url: appPageUrl('/present') });
      return window;
    };

    expect(open('/present').action).toBe('allow');
    const screen = created();
    screen.minimized = true;
    expect(open('/present').action).toBe('deny');
    expect(screen).toMatchObject({ focused: 1, minimized: false, loadedUrls: [] });
    // An address naming a retro is shown in that same window.
    expect(open('/present/s2').action).toBe('deny');
    expect(screen.loadedUrls).toEqual([appPageUrl('/present/s2')]);
    expect(screen.focused).toBe(2);

    screen.close();
    expect(open('/present').action).toBe('allow');
  });

  it('answers IPC from the app page with the real workspace and tells windows of the change', async () => {
    const created = await callIpc('teams.create', appPageUrl('/'), { name: 'Platform' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Platform' } });
    // The event follows the answer.
    expect(mainWindow().webContents.sent).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(mainWindow().webContents.sent).toContainEqual({
      channel: IPC_EVENT_CHANNEL,
      payload: {
        name: 'data.changed',
        payload: {
          method: 'teams.create',
          change: expect.any(Number),
          teamId: (created as { value: { id: string } }).value.id,
        },
      },
    });
  });

  it('refuses IPC from a foreign frame or a vanished one, and nothing is written', async () => {
    const before = await callIpc('teams.list', appPageUrl(), {});
    for (const frame of ['https://evil.example/', 'file:///tmp/index.html', null]) {
      expect(await callIpc('teams.create', frame, { name: 'Intruders' })).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
      expect(await callIpc('teams.list', frame, {})).toMatchObject({ ok: false });
    }
    expect(await callIpc('teams.list', appPageUrl(), {})).toEqual(before);
  });
});
