// Figures, not assertions: 60 devices in one room on this machine. How long a submission takes
// when all 60 send at once (p95), and how long a reveal takes to reach all 60 devices, both as
// the pushed event and with each device's fresh view. The devices run in a thread of their own
// (room-devices.cjs); joining and checking in happen here first. Run with `npm run bench`.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, bench, describe } from 'vitest';
import { ROOM_LIMITS } from '../src/main/room/limits';
import { ok, sessionWith } from '../src/main/test/dispatch-helpers';
import { done } from '../src/main/test/workspace-state';
import { openWorkspace } from '../src/main/workspace';
import { DEVICE_HEADER } from '../src/shared/participant-contract';
import { PRACTICE_IDS } from '../src/shared/practices';

const DEVICES = 60;
const dir = mkdtempSync(join(tmpdir(), 'threadline-room-bench-'));
mkdirSync(join(dir, 'renderer'));
writeFileSync(join(dir, 'renderer', 'participant.html'), '<!doctype html>');
const ws = await openWorkspace({
  dataDir: join(dir, 'data'),
  mode: 'browser',
  version: 'bench',
  rendererDir: join(dir, 'renderer'),
  roomAddress: '127.0.0.1',
  // Here all 60 devices share 127.0.0.1; in a room each phone has its own address.
  roomLimits: { ...ROOM_LIMITS, perAddress: 1_000_000 },
});
const agent = new Agent({ keepAlive: true, maxSockets: DEVICES * 2 });
const { sessionId } = sessionWith(ws, 0);
const room = await done(ws, 'room.start', { sessionId, address: '127.0.0.1' });
const { hostname, port } = new URL(room.joinUrl);

function post(method: string, input: unknown, token?: string): Promise<{ ok: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        hostname,
        port,
        method: 'POST',
        path: `/api/${method}`,
        headers: {
          'content-type': 'application/json',
          ...(token ? { [DEVICE_HEADER]: token } : {}),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve(JSON.parse(body)));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}

const tokens: string[] = [];
for (let i = 0; i < DEVICES; i++) {
  const joined = (await post('room.join', { code: room.code })) as unknown as {
    value: { token: string };
  };
  tokens.push(joined.value.token);
  await post(
    'device.checkIn',
    { key: `checkin-${i}-bench`, name: '', word: '' },
    joined.value.token,
  );
}
const devices = new Worker(new URL('./room-devices.cjs', import.meta.url), {
  workerData: { hostname, port: Number(port), tokens, header: DEVICE_HEADER },
});
/** Sends the devices' thread a message and waits for the answer of the given type. */
function ask<T>(message: object, answer: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: { type: string }) => {
      if (reply.type !== answer) return;
      devices.off('message', onMessage);
      resolve(reply as T);
    };
    devices.on('message', onMessage);
    devices.once('error', reject);
    devices.postMessage(message);
  });
}
await new Promise<void>((resolve) => devices.once('message', () => resolve()));
await new Promise((resolve) => setTimeout(resolve, 300));
const now = () => performance.timeOrigin + performance.now();

const latencies: number[] = [];
const fanOut: number[] = [];
const fanOutWithView: number[] = [];
let round = 0;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

afterAll(() => {
  console.log(
    `\nRoom with ${DEVICES} devices (target: p95 ≤ 50 ms, reveal ≤ 250 ms)\n` +
      `  submission latency, all ${DEVICES} at once: median ${ms(percentile(latencies, 50))}, ` +
      `p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))} ` +
      `(${latencies.length} submissions)\n` +
      `  reveal reaches all ${DEVICES} devices (event): median ${ms(percentile(fanOut, 50))}, ` +
      `p95 ${ms(percentile(fanOut, 95))}\n` +
      `  reveal reaches all ${DEVICES} devices (event and fresh view): ` +
      `median ${ms(percentile(fanOutWithView, 50))}, p95 ${ms(percentile(fanOutWithView, 95))}\n`,
  );
  devices.postMessage({ type: 'stop' });
  void devices.terminate();
  agent.destroy();
  ws.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`a room of ${DEVICES} devices`, () => {
  bench(
    `${DEVICES} devices send their pulse ratings at once`,
    async () => {
      round++;
      ok(ws, 'entries.clearPrivate', { sessionId, round: 'pulse' });
      const ratings = Object.fromEntries(PRACTICE_IDS.map((id, p) => [id, 1 + ((round + p) % 5)]));
      const { latencies: sent } = await ask<{ latencies: number[] }>(
        { type: 'rate', round, ratings },
        'rated',
      );
      latencies.push(...sent);
    },
    { iterations: 20, time: 0 },
  );

  bench(
    `a reveal reaches all ${DEVICES} devices`,
    async () => {
      const revealed = ws.db.prepare('SELECT pulse_revealed FROM sessions WHERE id = ?').pluck();
      const arrival = new Promise<{ arrived: number; viewed: number }>((resolve) => {
        const onMessage = (reply: { type: string; arrived: number; viewed: number }) => {
          if (reply.type !== 'arrived') return;
          devices.off('message', onMessage);
          resolve(reply);
        };
        devices.on('message', onMessage);
      });
      await ask({ type: 'arm' }, 'armed');
      const start = now();
      ok(ws, 'pulse.reveal', { sessionId, revealed: revealed.get(sessionId) !== 1 });
      const { arrived, viewed } = await arrival;
      fanOut.push(arrived - start);
      fanOutWithView.push(viewed - start);
    },
    { iterations: 20, time: 0 },
  );
});
