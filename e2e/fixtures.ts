import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  _electron,
  type Browser,
  test as base,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { installedElectron } from '../scripts/electron-shell.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DATABASE_FILE_NAME = 'threadline.sqlite';

/** A running Threadline: the desktop app when Electron's binary exists, else browser mode. */
export interface AppHandle {
  page: Page;
  mode: 'desktop' | 'browser';
  dataDir: string;
  databaseFile: string;
  /** Stops the app and starts it again on the same data directory. */
  restart(): Promise<void>;
  /** Opens a second window or tab of the same running app (e.g. the presentation view). */
  openSecondView(hashRoute: string): Promise<Page>;
  /** The window or tab that `action` opens in the app (e.g. by a button that opens one). */
  openedBy(action: () => Promise<void>): Promise<Page>;
  /** Every window or tab of the app that is open. */
  views(): Page[];
}

function electronBinary(): string | null {
  if (process.env.THREADLINE_E2E_MODE === 'browser') return null;
  return installedElectron();
}

interface Launched {
  page: Page;
  stop(): Promise<void>;
  openSecondView(hashRoute: string): Promise<Page>;
  openedBy(action: () => Promise<void>): Promise<Page>;
  views(): Page[];
}

async function launchDesktop(binary: string, dataDir: string): Promise<Launched> {
  const native = spawnSync(process.execPath, [join(root, 'scripts/electron-native.mjs')], {
    encoding: 'utf8',
  });
  const app: ElectronApplication = await _electron.launch({
    executablePath: binary,
    args: [root],
    env: {
      ...process.env,
      THREADLINE_DATA_DIR: dataDir,
      THREADLINE_SQLITE_BINDING: native.stdout.trim(),
      THREADLINE_ROOM_ADDRESS: '127.0.0.1',
    },
  });
  const page = await app.firstWindow();
  return {
    page,
    stop: () => app.close(),
    async openSecondView(hashRoute) {
      const [second] = await Promise.all([
        app.waitForEvent('window'),
        page.evaluate((route) => window.open(`#${route}`), hashRoute),
      ]);
      return second;
    },
    async openedBy(action) {
      const [opened] = await Promise.all([app.waitForEvent('window'), action()]);
      return opened;
    },
    views: () => app.windows(),
  };
}

async function launchBrowserMode(browser: Browser, dataDir: string): Promise<Launched> {
  const server: ChildProcess = spawn(
    process.execPath,
    [
      join(root, 'out/main/web.js'),
      ...['--port', '0', '--data-dir', dataDir, '--room-address', '127.0.0.1'],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/);
      if (match?.[1]) resolve(match[1]);
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('exit', (code) => reject(new Error(`browser mode exited (${code}): ${output}`)));
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  return {
    page,
    async stop() {
      await context.close();
      await new Promise<void>((resolve) => {
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      });
    },
    async openSecondView(hashRoute) {
      const second = await context.newPage();
      await second.goto(`${url}#${hashRoute}`);
      return second;
    },
    async openedBy(action) {
      const [opened] = await Promise.all([context.waitForEvent('page'), action()]);
      return opened;
    },
    views: () => context.pages(),
  };
}

export const test = base.extend<{ app: AppHandle }>({
  app: async ({ browser }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'threadline-e2e-'));
    const binary = electronBinary();
    const launch = () =>
      binary ? launchDesktop(binary, dataDir) : launchBrowserMode(browser, dataDir);
    let current = await launch();
    const handle: AppHandle = {
      page: current.page,
      mode: binary ? 'desktop' : 'browser',
      dataDir,
      databaseFile: join(dataDir, DATABASE_FILE_NAME),
      async restart() {
        await current.stop();
        current = await launch();
        handle.page = current.page;
      },
      openSecondView: (route) => current.openSecondView(route),
      openedBy: (action) => current.openedBy(action),
      views: () => current.views(),
    };
    await use(handle);
    await current.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
