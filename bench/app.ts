// The app as a user meets it: browser mode (out/main/web.js) on a copy of a seeded workspace,
// driven in Chromium.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { HTTP_TOKEN_HEADER, type MethodName, type MethodResult } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import { copyOf } from './seed';

const root = join(import.meta.dirname, '..');

export interface RunningApp {
  /** The address with the token, e.g. http://127.0.0.1:4781/?token=… */
  url: string;
  origin: string;
  token: string;
  context: BrowserContext;
  /** A fresh tab at a hash route, signed in. */
  open(route: string): Promise<Page>;
  /** A contract call over HTTP, as the renderer makes it. */
  call<M extends MethodName>(method: M, input: unknown): Promise<MethodResult<M>>;
  stop(): Promise<void>;
}

function startServer(dataDir: string): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(
    process.execPath,
    [join(root, 'out/main/web.js'), '--port', '0', '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/);
      if (match?.[1]) resolve({ server, url: match[1] });
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('exit', (code) => reject(new Error(`browser mode exited (${code}): ${output}`)));
  });
}

/** Starts browser mode on a throwaway copy of the cached workspace in `cacheDir`. */
export async function startApp(browser: Browser, cacheDir: string): Promise<RunningApp> {
  const copy = copyOf(cacheDir);
  const { server, url } = await startServer(copy.dir);
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return {
    url,
    origin: parsed.origin,
    token,
    context,
    async open(route) {
      const page = await context.newPage();
      await page.goto(`${url}#${route}`);
      return page;
    },
    async call(method, input) {
      const response = await fetch(`${parsed.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as Envelope<never>;
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
      return envelope.value;
    },
    async stop() {
      await context.close();
      await new Promise<void>((resolve) => {
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      });
      copy.remove();
    },
  };
}
