import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { API_SOCKET_PATH } from '@shared/api-socket';
import { HTTP_TOKEN_HEADER } from '@shared/contract';
import type { ChangeNote } from '@shared/contract-changes';
import type { Envelope, ErrorCode } from '@shared/errors';
import type { Workspace } from '../workspace';
import { createApiSockets } from './api-socket';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { parseRequest, REQUEST_LIMITS } from './request-body';
import { readStaticFile } from './static-files';

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  too_many: 429,
  not_found: 404,
  conflict: 409,
  stale: 409,
  read_only: 409,
  storage_full: 507,
  storage_read_only: 503,
  workspace_missing: 503,
  internal: 500,
};

/**
 * How long a caller may take to send a request. Node's defaults (five minutes for a request)
 * would let a slow sender hold a connection open that long; here everything comes over
 * loopback, where even the largest import arrives in well under a second.
 */
export interface HttpTimeouts {
  /** The headers must be in by then. */
  headersMs: number;
  /** The whole request, body included, must be in by then. */
  requestMs: number;
  /** How often Node looks for requests over their time. */
  checkEveryMs: number;
}

export const HTTP_TIMEOUTS: HttpTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  checkEveryMs: 1_000,
};

export interface HttpHostOptions {
  workspace: Workspace;
  rendererDir: string;
  token: string;
  port: number;
  timeouts?: HttpTimeouts;
}

export interface HttpHost {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * Browser mode: the same renderer and the same contract over loopback HTTP, guarded by a token.
 * The app's pages call over a socket (see api-socket.ts); a POST to /api/<method> answers the
 * same calls for scripts and tests.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const { workspace, rendererDir, token } = options;
  const sockets = createApiSockets(workspace);
  let port = options.port;

  const timeouts = options.timeouts ?? HTTP_TIMEOUTS;
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: timeouts.checkEveryMs,
    },
    (req, res) => {
      handle(req, res).catch(() => sendError(res, 'internal', 'The request could not be handled.'));
    },
  );

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopbackHost(req.headers.host, port)) {
      return sendError(res, 'unauthorized', 'Threadline only answers on its loopback address.');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendError(res, 'not_found', 'Use POST for API calls.');
      if (!tokenMatches(headerValue(req.headers[HTTP_TOKEN_HEADER]), token)) {
        return sendError(
          res,
          'unauthorized',
          'This page is not signed in. Open the address Threadline printed when it started.',
        );
      }
      const body = await readBody(req);
      if (body === 'too-large') {
        return sendError(res, 'invalid_input', 'That request is too large to accept.');
      }
      const request = parseRequest(body);
      if ('error' in request) return sendError(res, 'invalid_input', request.error.message);
      const method = decodeSafely(url.pathname.slice('/api/'.length));
      return sendEnvelope(res, await workspace.call(method, request.value));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, 'not_found', 'Not found.');
    }
    const file =
      (await readStaticFile(rendererDir, url.pathname)) ??
      (await readStaticFile(rendererDir, '/index.html'));
    if (!file) return sendError(res, 'not_found', 'The app has not been built.');
    res.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': file.cache,
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  // The pages' socket: only from this app's own pages (a WebSocket is not bound by the
  // same-origin rule, so the origin is checked too), with the token.
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const allowed =
      url.pathname === API_SOCKET_PATH &&
      isLoopbackHost(req.headers.host, port) &&
      isOwnOrigin(req.headers.origin, port) &&
      tokenMatches(url.searchParams.get('token'), token);
    if (!allowed) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    sockets.accept(req, socket, head);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function headerValue(value: string | string[] | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

function tokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function readBody(req: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > REQUEST_LIMITS.bytes) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown, ChangeNote>): void {
  const status = envelope.ok ? 200 : STATUS[envelope.error.code];
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(envelope));
}

function sendError(res: ServerResponse, code: ErrorCode, message: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  sendEnvelope(res, { ok: false, error: { code, message } });
}
