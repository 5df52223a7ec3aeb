import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Envelope, ErrorCode } from '@shared/errors';
import { DEVICE_HEADER, type RoomEvent } from '@shared/participant-contract';
import { readStaticFile } from '../host/static-files';
import type { ParticipantRequest } from './participant-dispatch';

// The room's listener: a second HTTP server, bound to the one address the facilitator chose,
// serving the participant page and the participant contract, and nothing else.

/** Stricter than the app's own: the participant page needs no inline styles. */
export const ROOM_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const STATUS: Partial<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale: 409,
  read_only: 409,
  too_many: 429,
  storage_full: 507,
};

const SECURITY_HEADERS = {
  'content-security-policy': ROOM_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

export interface RoomHostOptions {
  address: string;
  rendererDir: string;
  maxBodyBytes: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  dispatch: (request: ParticipantRequest) => Envelope<unknown>;
  /** Whether the token belongs to a device still in the room (for the event stream). */
  deviceId: (token: string) => string | null;
}

export interface RoomHost {
  port: number;
  /** The Host header value browsers send: the address and port, IPv6 in brackets. */
  origin: string;
  /** Tells every device, or one, what happened. */
  push(event: RoomEvent, deviceId?: string): void;
  close(): Promise<void>;
}

export async function startRoomHost(options: RoomHostOptions): Promise<RoomHost> {
  const streams = new Map<ServerResponse, string>();
  const hostName = options.address.includes(':') ? `[${options.address}]` : options.address;
  let expectedHost = '';

  const server: Server = createServer(
    {
      headersTimeout: options.headersTimeoutMs,
      requestTimeout: options.requestTimeoutMs,
      connectionsCheckingInterval: 1_000,
      maxHeaderSize: 8 * 1024,
    },
    (req, res) => {
      handle(req, res).catch(() => send(res, 500, { code: 'internal', message: 'Not handled.' }));
    },
  );

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== expectedHost) {
      return send(res, 421, { code: 'unauthorized', message: 'Wrong host for this room.' });
    }
    const url = new URL(req.url ?? '/', `http://${expectedHost}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        return send(res, 404, { code: 'not_found', message: 'Use POST for the room’s requests.' });
      }
      const body = await readBody(req, options.maxBodyBytes);
      if (body === null) {
        return send(res, 413, { code: 'invalid_input', message: 'That request is too large.' });
      }
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        return send(res, 400, { code: 'invalid_input', message: 'The request is not valid JSON.' });
      }
      const token = req.headers[DEVICE_HEADER];
      const envelope = options.dispatch({
        method: decodeSafely(url.pathname.slice('/api/'.length)),
        token: typeof token === 'string' ? token : null,
        address: req.socket.remoteAddress ?? '',
        input,
      });
      const status = envelope.ok ? 200 : (STATUS[envelope.error.code] ?? 500);
      return sendJson(res, status, envelope);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 404, { code: 'not_found', message: 'Not found.' });
    }
    if (url.pathname === '/events') return openStream(res, url.searchParams.get('token'));
    // Only the participant page and its assets: never the facilitator's app.
    const path = url.pathname === '/' ? '/participant.html' : url.pathname;
    const file = path.startsWith('/assets/')
      ? await readStaticFile(options.rendererDir, path)
      : null;
    const page =
      path === '/participant.html' ? await readStaticFile(options.rendererDir, path) : file;
    if (!page) return send(res, 404, { code: 'not_found', message: 'Not found.' });
    res.writeHead(200, { 'content-type': page.type, ...SECURITY_HEADERS });
    res.end(req.method === 'HEAD' ? undefined : page.body);
  }

  function openStream(res: ServerResponse, token: string | null): void {
    const deviceId = token === null ? null : options.deviceId(token);
    if (deviceId === null) {
      send(res, 403, { code: 'forbidden', message: 'This device is not in the room.' });
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
    });
    res.write(': connected\n\n');
    streams.set(res, deviceId);
    res.on('close', () => streams.delete(res));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, options.address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  expectedHost = `${hostName}:${port}`;

  return {
    port,
    origin: expectedHost,
    push(event, deviceId) {
      const frame = `data: ${JSON.stringify(event)}\n\n`;
      for (const [stream, id] of streams) {
        if (deviceId !== undefined && id !== deviceId) continue;
        stream.write(frame);
        if (event.name !== 'changed') {
          stream.end();
          streams.delete(stream);
        }
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams.keys()) stream.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    ...SECURITY_HEADERS,
  });
  res.end(JSON.stringify(body));
}

function send(res: ServerResponse, status: number, error: { code: ErrorCode; message: string }) {
  sendJson(res, status, { ok: false, error });
}
