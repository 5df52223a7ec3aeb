import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP_TOKEN_HEADER } from '@shared/contract';
import type { AppEvent, ChangeNote } from '@shared/contract-changes';
import type { Envelope, ErrorCode } from '@shared/errors';
import { MAX_IMPORT_BYTES } from '@shared/portability';
import { jsonOverLimit } from '../json-shape';
import type { Workspace } from '../workspace';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { readStaticFile } from './static-files';

// An import file travels as a JSON string inside the body, and escaping a valid JSON text at
// most doubles it; the import itself refuses anything over MAX_IMPORT_BYTES with its own message.
export const MAX_BODY_BYTES = 2 * MAX_IMPORT_BYTES + 1024 * 1024;
// Far more than any request of the contract holds (an import file travels as one string), and
// small enough that parsing a hostile body cannot hold the app up.
const API_BODY_LIMITS = { depth: 32, values: 100_000 };

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

/** Browser mode: the same renderer and the same contract over loopback HTTP, guarded by a token. */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const { workspace, rendererDir, token } = options;
  const streams = new Set<ServerResponse>();
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
    if (url.pathname === '/api/events') {
      if (!tokenMatches(url.searchParams.get('token'), token)) {
        return sendError(res, 'unauthorized', 'This page needs the address printed at start-up.');
      }
      return openEventStream(res);
    }
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
      if (jsonOverLimit(body, API_BODY_LIMITS) !== null) {
        return sendError(
          res,
          'invalid_input',
          'The request nests too deeply or holds too many values to be a Threadline request.',
        );
      }
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        return sendError(res, 'invalid_input', 'The request body is not valid JSON.');
      }
      const method = decodeSafely(url.pathname.slice('/api/'.length));
      return sendEnvelope(res, await workspace.call(method, input));
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

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  // A change's event goes out after its answer: the answer is written as soon as the change is
  // made, and the windows woken by the event (on the same few cores) do not hold it up.
  const unsubscribe = workspace.subscribe((event: AppEvent) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    setImmediate(() => {
      for (const stream of streams) stream.write(frame);
    });
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
        unsubscribe();
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
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
      if (size > MAX_BODY_BYTES) {
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
