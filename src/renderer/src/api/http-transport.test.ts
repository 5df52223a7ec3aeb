// @vitest-environment-options { "url": "http://localhost:47321/?token=transport-test-token" }
import type { HttpHost } from '@main/host/http-host';
import { startBrowserHost } from '@main/test/browser-host';
import { count } from '@main/test/dispatch-helpers';
import { tempWorkspaceForTest } from '@main/test/temp-workspace';
import { MAX_REQUEST_BYTES } from '@shared/api-socket';
import type { AppEvent } from '@shared/contract-changes';
import { AppError } from '@shared/errors';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import NodeWebSocket from 'ws';
import { createClient } from './client';
import { createHttpTransport } from './http-transport';

// The page's own address: the host must answer on it, as browser mode does.
const PORT = 47321;
const TOKEN = 'transport-test-token';

// jsdom has no WebSocket of its own: Node's `ws` stands in, sending the page's origin as a
// browser does.
beforeAll(() => {
  class PageSocket extends NodeWebSocket {
    constructor(url: string) {
      super(url, { origin: window.location.origin });
      // A browser reports a failed connection as a close; so does this, once it has a listener.
      this.on('error', () => {});
    }
  }
  globalThis.WebSocket = PageSocket as unknown as typeof WebSocket;
});

let host: HttpHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function startHost(ws: Awaited<ReturnType<typeof tempWorkspaceForTest>>) {
  host = await startBrowserHost(ws, { token: TOKEN, port: PORT });
  return host;
}

describe('browser mode’s transport', () => {
  it('calls over the page’s socket and hears each change after its answer', async () => {
    const ws = await tempWorkspaceForTest();
    await startHost(ws);
    const api = createClient(createHttpTransport());
    const heard: AppEvent[] = [];
    api.onEvent((event) => heard.push(event));

    const team = await api.call('teams.create', { name: 'Alpha' });
    expect(team.name).toBe('Alpha');
    expect(window.location.search).toBe('');
    await expect.poll(() => heard.map((event) => event.name)).toEqual(['data.changed']);
    expect(count(ws, 'teams')).toBe(1);
  });

  it('says the app is not reachable while it is stopped, and carries on once it is back', async () => {
    const ws = await tempWorkspaceForTest();
    const api = createClient(createHttpTransport());
    await startHost(ws);
    const heard: AppEvent[] = [];
    api.onEvent((event) => heard.push(event));
    await api.call('teams.list', {});

    await host?.close();
    host = null;
    const refused = await api.call('teams.create', { name: 'Alpha' }).catch((error) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toMatch(/not reachable/);
    expect(count(ws, 'teams')).toBe(0);

    await startHost(ws);
    // Events come again once the page has opened its socket anew by itself.
    let tries = 0;
    await expect
      .poll(
        async () => {
          tries += 1;
          await ws.call('teams.create', { name: `Beta ${tries}` });
          return heard.length;
        },
        { timeout: 5_000, interval: 250 },
      )
      .toBeGreaterThan(0);
    expect((await api.call('teams.list', {})).length).toBeGreaterThan(0);
  });

  it('refuses a request over the size limit itself, and keeps the socket for the next', async () => {
    const ws = await tempWorkspaceForTest();
    await startHost(ws);
    const api = createClient(createHttpTransport());
    const tooLarge = api.call('teams.create', { name: 'x'.repeat(MAX_REQUEST_BYTES) });
    await expect(tooLarge).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'That request is too large to accept.',
    });
    expect((await api.call('teams.create', { name: 'Alpha' })).name).toBe('Alpha');
    expect(count(ws, 'teams')).toBe(1);
  });
});
