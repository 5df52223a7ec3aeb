import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { appResponse, registerAppScheme, serveApp } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './host/content-security-policy';
import { becomeReady, protocol } from './test/fake-electron';
import { tempDir } from './test/temp-workspace';

vi.mock('electron', () => import('./test/fake-electron'));

// A built renderer folder with a secret file beside it that no request may reach.
const root = tempDir();
const rendererDir = join(root.path, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Threadline</title>');
writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
writeFileSync(join(root.path, 'secret.txt'), 'not for the page');
afterAll(root.remove);

const get = (url: string, init?: RequestInit) => appResponse(rendererDir, new Request(url, init));

describe('the app:// scheme', () => {
  it('is registered as a standard, secure scheme before the app is ready', () => {
    registerAppScheme();
    expect(protocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
  });

  it('serves the renderer folder through the handler Electron is given', async () => {
    becomeReady();
    serveApp(rendererDir);
    const response = await protocol.handlers.get('app')?.(
      new Request('app://threadline/assets/app.js'),
    );
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response?.text()).toBe('console.log("app");');
  });

  it('answers the page with its type and the Content-Security-Policy', async () => {
    const response = await get('app://threadline/index.html#/teams');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Threadline</title>');
  });

  it('lets the window keep the hashed build files, and checks the page every time', async () => {
    const asset = await get('app://threadline/assets/app.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await get('app://threadline/index.html');
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://threadline/index.html', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['an encoded slash', 'app://threadline/..%2fsecret.txt'],
    ['encoded dots and slash', 'app://threadline/%2e%2e%2fsecret.txt'],
    ['a nested escape', 'app://threadline/assets/..%2f..%2fsecret.txt'],
    ['an encoded backslash', 'app://threadline/..%5csecret.txt'],
    ['dot segments', 'app://threadline/../secret.txt'],
    ['a null byte', 'app://threadline/index.html%00.js'],
    ['a bad escape', 'app://threadline/%E0%A4%A'],
  ])('refuses a path that leaves the renderer folder: %s', async (_case, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the page');
  });

  it('refuses other hosts, missing files and writes', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://threadline/missing.js')).status).toBe(404);
    expect((await get('app://threadline/index.html', { method: 'POST', body: 'x' })).status).toBe(
      404,
    );
  });
});
