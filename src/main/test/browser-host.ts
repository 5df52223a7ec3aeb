import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { type HttpHost, startHttpHost } from '../host/http-host';
import type { Workspace } from '../workspace';
import { tempWorkspace } from './temp-workspace';

/** Browser mode's host on a test workspace, serving a one-line page in place of the build. */
export function startBrowserHost(
  ws: Workspace & { dir: string },
  { token, port = 0 }: { token: string; port?: number },
): Promise<HttpHost> {
  const rendererDir = join(ws.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<h1>Threadline</h1>');
  writeFileSync(join(rendererDir, 'assets', 'index-Ab12.js'), 'console.log("app");');
  return startHttpHost({ workspace: ws, rendererDir, token, port });
}

/** For each test of the calling file: a fresh workspace served by browser mode's host, closed after. */
export function browserHostForEachTest(token: string) {
  const served = {} as { ws: Awaited<ReturnType<typeof tempWorkspace>>; host: HttpHost };
  beforeEach(async () => {
    served.ws = await tempWorkspace();
    served.host = await startBrowserHost(served.ws, { token });
  });
  afterEach(async () => {
    await served.host.close();
    served.ws.dispose();
  });
  return served;
}
