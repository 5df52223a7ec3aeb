import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { desktopHost } from './pdf-export';
import { BrowserWindow, dialog, FakeWebContents } from './test/fake-electron';
import { tempDir } from './test/temp-workspace';
import { windowPaths } from './windows';

vi.mock('electron', () => import('./test/fake-electron'));

const folder = tempDir();
afterAll(folder.remove);
const paths = windowPaths('/opt/threadline/out/main');
const route = '/report/session/s1?anonymise=1';

const pdfWindow = () => {
  const window = BrowserWindow.all.at(-1);
  if (!window) throw new Error('No PDF window was opened.');
  return window;
};

describe('saving a report as PDF on the desktop', () => {
  beforeEach(() => {
    BrowserWindow.all.length = 0;
    dialog.saveTo = join(folder.path, 'report.pdf');
  });

  it('draws the report in a hidden, locked-down window on the app origin and saves it', async () => {
    const result = await desktopHost(paths).savePdf(route, 'report.pdf');
    expect(result).toEqual({ saved: true, file: join(folder.path, 'report.pdf') });
    expect(readFileSync(join(folder.path, 'report.pdf'), 'latin1')).toMatch(/^%PDF-/);

    const window = pdfWindow();
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: {
        preload: paths.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
      },
    });
    expect(window.loadedUrls).toEqual([`app://threadline/index.html#${route}`]);
    expect(window.loadedFiles).toEqual([]);
    expect(window.destroyed).toBe(true);
  });

  it('opens no window when the user cancels the save dialog', async () => {
    dialog.saveTo = null;
    expect(await desktopHost(paths).savePdf(route, 'report.pdf')).toEqual({ saved: false });
    expect(BrowserWindow.all).toEqual([]);
  });

  it('says so when the report page fails, and closes its window', async () => {
    FakeWebContents.initialPageState = 'failed';
    onTestFinished(() => {
      FakeWebContents.initialPageState = 'ready';
    });
    await expect(desktopHost(paths).savePdf(route, 'failed.pdf')).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(pdfWindow().destroyed).toBe(true);
    expect(existsSync(join(folder.path, 'failed.pdf'))).toBe(false);
  });

  it('says the report took too long when the page is still drawing at the deadline', async () => {
    FakeWebContents.initialPageState = 'loading';
    onTestFinished(() => {
      FakeWebContents.initialPageState = 'ready';
    });
    await expect(desktopHost(paths).savePdf(route, 'slow.pdf')).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('took too long'),
    });
    expect(pdfWindow().destroyed).toBe(true);
    expect(existsSync(join(folder.path, 'slow.pdf'))).toBe(false);
  });
});
