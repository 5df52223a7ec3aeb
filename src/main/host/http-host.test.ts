import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { HTTP_TOKEN_HEADER } from '@shared/contract';
import { describe, expect, it } from 'vitest';
import { browserHostForEachTest } from '../test/browser-host';
import { count } from '../test/dispatch-helpers';
import { startHttpHost } from './http-host';
import { REQUEST_LIMITS } from './request-body';

const token = 'test-token-123';
const served = browserHostForEachTest(token);

interface Reply {
  status: number;
  body: string;
  headers: Record<string, unknown>;
}

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: served.host.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${served.host.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${method}`, {
    method: 'POST',
    headers: { [HTTP_TOKEN_HEADER]: token, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('browser-mode host', () => {
  it('serves the renderer with a content security policy', async () => {
    const reply = await send('/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('Threadline');
    expect(String(reply.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('lets the browser keep the hashed build files, and checks the page every time', async () => {
    const asset = await send('/assets/index-Ab12.js');
    expect(asset.body).toBe('console.log("app");');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await send('/')).headers['cache-control']).toBe('no-cache');
    // A missing asset is answered with the page, which is never kept.
    expect((await send('/assets/gone.js')).headers['cache-control']).toBe('no-cache');
  });

  it('listens on the loopback address only', () => {
    expect(served.host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(served.host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('runs contract methods for a caller with the token', async () => {
    const reply = await api('teams.create', { name: 'Alpha' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { name: 'Alpha' } });
    expect(count(served.ws, 'teams')).toBe(1);
  });

  it('refuses API calls without the right token', async () => {
    const reply = await api('teams.create', { name: 'Alpha' }, { [HTTP_TOKEN_HEADER]: 'wrong' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body).error.code).toBe('unauthorized');
    expect(count(served.ws, 'teams')).toBe(0);
  });

  it('refuses requests whose Host header is not the loopback address (DNS rebinding)', async () => {
    const reply = await send('/api/teams.create', {
      method: 'POST',
      headers: { host: `evil.example:${served.host.port}`, [HTTP_TOKEN_HEADER]: token },
      body: JSON.stringify({ name: 'Alpha' }),
    });
    expect(reply.status).toBe(401);
    expect(count(served.ws, 'teams')).toBe(0);
  });

  it('returns typed errors for invalid input, bad JSON and unknown methods', async () => {
    const invalid = await api('teams.create', { name: '' });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error).toMatchObject({ code: 'invalid_input', field: 'name' });
    expect((await api('teams.create', '{not json')).status).toBe(400);
    expect((await api('teams.explode', {})).status).toBe(404);
    expect(count(served.ws, 'teams')).toBe(0);
  });

  it('refuses a body over the size limit', async () => {
    const reply = await api('teams.create', { name: 'x'.repeat(REQUEST_LIMITS.bytes + 10) });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/too large/);
    expect(count(served.ws, 'teams')).toBe(0);
  });

  it('refuses deeply nested or endlessly repeated bodies without parsing them', async () => {
    const deep = await api(
      'teams.create',
      `{"name":${'['.repeat(5_000_000)}${']'.repeat(5_000_000)}}`,
    );
    const many = await api('votes.submit', `{"allocations":[${'{},'.repeat(3_000_000)}{}]}`);
    for (const reply of [deep, many]) {
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body).error.message).toBe(
        'The request nests too deeply or holds too many values to be a Threadline request.',
      );
    }
    expect(count(served.ws, 'teams')).toBe(0);
  });

  it('cuts off a caller with the token who sends the body too slowly', async () => {
    const quick = await startHttpHost({
      workspace: served.ws,
      rendererDir: join(served.ws.dir, 'renderer'),
      token,
      port: 0,
      timeouts: { headersMs: 200, requestMs: 300, checkEveryMs: 50 },
    });
    try {
      const socket = connect(quick.port, '127.0.0.1');
      let reply = '';
      socket.on('data', (chunk) => {
        reply += chunk;
      });
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      const body = JSON.stringify({ name: 'Slow team' });
      socket.write(
        `POST /api/teams.create HTTP/1.1\r\nHost: 127.0.0.1:${quick.port}\r\n` +
          `${HTTP_TOKEN_HEADER}: ${token}\r\ncontent-type: application/json\r\n` +
          `content-length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
      );
      // The rest of the body never comes: the host ends the request instead of waiting.
      await closed;
      expect(reply).toMatch(/^HTTP\/1\.1 408/);
      expect(count(served.ws, 'teams')).toBe(0);
    } finally {
      await quick.close();
    }
  });

  it('gives callers far less than Node’s five minutes by default', () => {
    expect(served.host.server.requestTimeout).toBeLessThanOrEqual(30_000);
    expect(served.host.server.headersTimeout).toBeLessThanOrEqual(10_000);
  });
});
