import { request } from 'node:http';
import type { Envelope } from '@shared/errors';
import { DEVICE_HEADER } from '@shared/participant-contract';

export interface RoomResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  envelope: Envelope<unknown> | null;
}

/** One request to the room's listener, as a phone would send it (or with a forged Host). */
export function roomRequest(
  origin: string,
  path: string,
  options: { method?: string; body?: string; token?: string; host?: string } = {},
): Promise<RoomResponse> {
  const [hostname, port] = splitOrigin(origin);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname,
        port,
        path,
        method: options.method ?? 'GET',
        headers: {
          host: options.host ?? origin,
          'content-type': 'application/json',
          ...(options.token ? { [DEVICE_HEADER]: options.token } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          let envelope: Envelope<unknown> | null = null;
          try {
            envelope = JSON.parse(body) as Envelope<unknown>;
          } catch {
            envelope = null;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, envelope });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Calls a participant method and answers its status and envelope. */
export function roomCall(origin: string, method: string, input: unknown, token?: string) {
  return roomRequest(origin, `/api/${method}`, {
    method: 'POST',
    body: JSON.stringify(input),
    token,
  });
}

function splitOrigin(origin: string): [string, number] {
  const at = origin.lastIndexOf(':');
  return [origin.slice(0, at).replace(/^\[|\]$/g, ''), Number(origin.slice(at + 1))];
}
