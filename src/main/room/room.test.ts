import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join as joinPath } from 'node:path';
import { METHOD_NAMES } from '@shared/contract';
import type { RoomStatus } from '@shared/room';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../db/open';
import { ok, sessionWith } from '../test/dispatch-helpers';
import { roomCall, roomRequest } from '../test/room-client';
import { tempDir } from '../test/temp-workspace';
import { done } from '../test/workspace-state';
import { openWorkspace, type Workspace } from '../workspace';
import { ROOM_LIMITS, type RoomLimits } from './limits';

let dir: ReturnType<typeof tempDir>;
let ws: Workspace;

async function open(limits: Partial<RoomLimits> = {}) {
  const rendererDir = joinPath(dir.path, 'renderer');
  mkdirSync(joinPath(rendererDir, 'assets'), { recursive: true });
  writeFileSync(joinPath(rendererDir, 'participant.html'), '<!doctype html><title>Join</title>');
  writeFileSync(joinPath(rendererDir, 'index.html'), '<!doctype html><title>Console</title>');
  writeFileSync(joinPath(rendererDir, 'assets', 'participant.js'), 'console.log(1)');
  ws = await openWorkspace({
    dataDir: joinPath(dir.path, 'data'),
    mode: 'browser',
    version: 'test',
    rendererDir,
    roomAddress: '127.0.0.1',
    roomLimits: { ...ROOM_LIMITS, stoppedGraceMs: 5_000, ...limits },
  });
}

beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  ws?.close();
  dir.remove();
});

async function startRoom(
  people = 0,
): Promise<{ sessionId: string; room: RoomStatus; origin: string }> {
  const { sessionId } = sessionWith(ws, people);
  const room = await done(ws, 'room.start', { sessionId, address: '127.0.0.1' });
  return { sessionId, room, origin: new URL(room.joinUrl).host };
}

async function joinRoom(origin: string, code: string): Promise<string> {
  const answer = await roomCall(origin, 'room.join', { code });
  if (!answer.envelope?.ok) throw new Error(answer.body);
  return (answer.envelope.value as { token: string }).token;
}

const call = async (origin: string, method: string, input: unknown, token?: string) =>
  (await roomCall(origin, method, input, token)).envelope;

describe('the room’s listener', () => {
  it('listens on the chosen address only, with a new 6-character code from the unambiguous alphabet', async () => {
    await open();
    const { room, sessionId } = await startRoom();
    expect(room.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(room.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(room.qrUrl).toBe(`${room.joinUrl}#${room.code}`);
    const refused = await ws.call('room.start', { sessionId, address: '0.0.0.0' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'address' },
    });
    expect(ok(ws, 'room.addresses', {})).toEqual({
      addresses: [{ address: '127.0.0.1', interfaceName: 'set at start', family: 'IPv4' }],
      forced: '127.0.0.1',
    });
  });

  it('answers 404 to every method of the facilitator’s contract, with or without a device', async () => {
    await open();
    const { origin, room } = await startRoom(3);
    const token = await joinRoom(origin, room.code);
    for (const method of METHOD_NAMES) {
      for (const withToken of [undefined, token]) {
        const answer = await roomCall(origin, method, { sessionId: room.sessionId }, withToken);
        expect(answer.status, method).toBe(404);
        expect(answer.envelope).toMatchObject({ ok: false, error: { code: 'not_found' } });
      }
    }
    // Nor does it serve the facilitator's app or its event stream.
    expect((await roomRequest(origin, '/index.html')).status).toBe(404);
    expect((await roomRequest(origin, '/api/events')).status).toBe(404);
  });

  it('serves the participant page under a strict content security policy', async () => {
    await open();
    const { origin } = await startRoom();
    const page = await roomRequest(origin, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Join</title>');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect((await roomRequest(origin, '/assets/participant.js')).status).toBe(200);
    expect((await roomRequest(origin, '/assets/../index.html')).status).toBe(404);
  });

  it('refuses a Host header other than the chosen address and port', async () => {
    await open();
    const { origin, room } = await startRoom();
    for (const host of [
      'evil.example:80',
      `localhost:${new URL(room.joinUrl).port}`,
      '127.0.0.1',
    ]) {
      const answer = await roomRequest(origin, '/api/room.join', {
        method: 'POST',
        body: JSON.stringify({ code: room.code }),
        host,
      });
      expect(answer.status, host).toBe(421);
    }
  });

  it('gives each device a random token of at least 128 bits that works only in its room', async () => {
    await open();
    const { origin, room } = await startRoom();
    const a = await joinRoom(origin, room.code);
    const b = await joinRoom(origin, room.code);
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect((await roomCall(origin, 'room.view', {}, `${a}x`)).status).toBe(401);
    expect((await roomCall(origin, 'room.view', {})).status).toBe(401);
    expect((await roomCall(origin, 'room.view', {}, a)).status).toBe(200);
  });

  it('limits wrong codes per address and locks the room after repeated failures', async () => {
    await open({ wrongCodesPerAddress: 3, wrongCodesToLock: 3 });
    const { origin, room, sessionId } = await startRoom();
    const wrong = room.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    for (let i = 0; i < 3; i++) {
      expect((await roomCall(origin, 'room.join', { code: wrong })).status).toBe(400);
    }
    expect((await roomCall(origin, 'room.join', { code: room.code })).status).toBe(429);
    expect(ok(ws, 'room.status', { sessionId })).toMatchObject({
      locked: true,
      lockedReason: expect.stringMatching(/wrong room codes/),
    });
  });

  it('turns away new devices while locked, and lets them in once unlocked', async () => {
    await open();
    const { origin, room, sessionId } = await startRoom();
    ok(ws, 'room.lock', { sessionId, locked: true });
    expect((await roomCall(origin, 'room.join', { code: room.code })).status).toBe(403);
    ok(ws, 'room.lock', { sessionId, locked: false });
    expect((await roomCall(origin, 'room.join', { code: room.code.toLowerCase() })).status).toBe(
      200,
    );
  });

  it('refuses a removed device with 403, and every device once the room stops', async () => {
    await open();
    const { origin, room, sessionId } = await startRoom(2);
    const removed = await joinRoom(origin, room.code);
    const kept = await joinRoom(origin, room.code);
    const [device] = (ok(ws, 'room.status', { sessionId }) as RoomStatus).devices;
    ok(ws, 'room.removeDevice', { sessionId, deviceId: device?.id });
    expect((await roomCall(origin, 'room.view', {}, removed)).status).toBe(403);
    expect((await roomCall(origin, 'room.view', {}, kept)).status).toBe(200);
    expect((ok(ws, 'room.status', { sessionId }) as RoomStatus).devices).toHaveLength(1);
    await done(ws, 'room.stop', { sessionId });
    expect(ok(ws, 'room.status', { sessionId })).toBeNull();
    expect((await roomCall(origin, 'room.view', {}, kept)).status).toBe(403);
    expect((await roomCall(origin, 'room.join', { code: room.code })).status).toBe(403);
  });

  it('refuses bodies over the limit, floods from one device, and devices over the cap', async () => {
    await open({ perDevice: 5, maxDevices: 2 });
    const { origin, room } = await startRoom();
    const token = await joinRoom(origin, room.code);
    await joinRoom(origin, room.code);
    expect((await roomCall(origin, 'room.join', { code: room.code })).status).toBe(409);
    const big = await roomRequest(origin, '/api/device.addCard', {
      method: 'POST',
      token,
      body: JSON.stringify({ text: 'x'.repeat(20_000) }),
    });
    expect(big.status).toBe(413);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await roomCall(origin, 'room.view', {}, token)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it('applies a retried submission once, and refuses a second entry', async () => {
    await open();
    const { origin, room, sessionId } = await startRoom(2);
    const token = await joinRoom(origin, room.code);
    expect(
      await call(origin, 'device.checkIn', { key: 'checkin-1', name: '', word: 'curious' }, token),
    ).toMatchObject({ ok: true });
    const ratings = {
      'reward-initiative': 4,
      'share-information': 2,
      'model-humility': 5,
      'influence-not-control': 3,
    };
    const first = await call(origin, 'device.rate', { key: 'rate-0001', ratings }, token);
    const retry = await call(origin, 'device.rate', { key: 'rate-0001', ratings }, token);
    expect(first).toEqual({ ok: true, value: null });
    expect(retry).toEqual(first);
    expect(await call(origin, 'device.rate', { key: 'rate-0002', ratings }, token)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const view = ok(ws, 'sessions.get', { sessionId });
    expect(view.pulse.map((p) => p.total)).toEqual([1, 1, 1, 1]);
    expect(view.participants.map((p) => [p.label, p.via])).toEqual([
      ['Participant 1', 'console'],
      ['Participant 2', 'console'],
      ['Guest 1', 'room'],
    ]);
    expect(view.checkInWords).toEqual(['curious']);
    expect((ok(ws, 'room.status', { sessionId }) as RoomStatus).submitted).toMatchObject({
      'check-in': 1,
      pulse: 1,
      reflect: 0,
    });
  });

  it('lets a device change its own hidden card, never anyone else’s, nor once revealed', async () => {
    await open();
    const { origin, room, sessionId } = await startRoom();
    const mine = await joinRoom(origin, room.code);
    const theirs = await joinRoom(origin, room.code);
    for (const token of [mine, theirs]) {
      await call(
        origin,
        'device.checkIn',
        { key: `in-${token.slice(0, 8)}`, name: '', word: '' },
        token,
      );
    }
    const added = await call(
      origin,
      'device.addCard',
      { key: 'card-0001', practiceId: 'model-humility', kind: 'to_improve', text: 'Nobody asks' },
      mine,
    );
    const cardId = (added as { value: { cardId: string } }).value.cardId;
    expect(
      await call(origin, 'device.editCard', { cardId, text: 'Hijacked' }, theirs),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await call(origin, 'device.editCard', { cardId, text: 'Few ask' }, mine)).toMatchObject({
      ok: true,
    });
    const theirView = (await call(origin, 'room.view', {}, theirs)) as {
      value: { shared: { cards: unknown[]; hiddenCardCount: number }; me: { cards: unknown[] } };
    };
    expect(theirView.value.shared.cards).toEqual([]);
    expect(theirView.value.shared.hiddenCardCount).toBe(1);
    expect(theirView.value.me.cards).toEqual([]);
    ok(ws, 'cards.revealAll', { sessionId });
    expect(await call(origin, 'device.deleteCard', { cardId }, mine)).toMatchObject({
      ok: false,
    });
  });

  it('stops when the retro closes; then no stored row links a device or a person to an answer', async () => {
    await open();
    const { origin, room, sessionId } = await startRoom(1);
    const tokens = [await joinRoom(origin, room.code), await joinRoom(origin, room.code)];
    for (const [i, token] of tokens.entries()) {
      await call(
        origin,
        'device.checkIn',
        { key: `in-0000${i}`, name: i === 0 ? 'Amara' : '', word: 'ready' },
        token,
      );
      await call(
        origin,
        'device.rate',
        {
          key: `rate-000${i}`,
          ratings: {
            'reward-initiative': 1 + i,
            'share-information': 2,
            'model-humility': 3,
            'influence-not-control': 4,
          },
        },
        token,
      );
      await call(
        origin,
        'device.addCard',
        { key: `card-000${i}`, practiceId: 'model-humility', kind: 'went_well', text: `Card ${i}` },
        token,
      );
      await call(origin, 'device.roti', { key: `roti-000${i}`, score: 4 + i }, token);
    }
    ok(ws, 'cards.revealAll', { sessionId });
    ok(ws, 'sessions.close', { sessionId });
    expect(ok(ws, 'room.status', { sessionId })).toBeNull();
    expect((await roomCall(origin, 'room.view', {}, tokens[0])).status).toBe(403);

    const db = new BetterSqlite3(joinPath(dir.path, 'data', DATABASE_FILE_NAME), {
      readonly: true,
    });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    for (const table of tables) {
      const columns = (db.pragma(`table_info("${table}")`) as { name: string }[]).map(
        (c) => c.name,
      );
      expect(
        columns.filter((c) => /device|token/.test(c)),
        table,
      ).toEqual([]);
      const links = (db.pragma(`foreign_key_list("${table}")`) as { table: string }[]).map(
        (k) => k.table,
      );
      const holdsValues = columns.includes('score') || columns.includes('dots');
      if (holdsValues) expect(links, table).not.toContain('participants');
      if (table === 'cards') expect(links).not.toContain('participants');
    }
    expect(db.prepare('SELECT COUNT(*) FROM pulse_ratings').pluck().get()).toBe(8);
    expect(db.prepare('SELECT word FROM check_in_words').pluck().all()).toEqual(['ready', 'ready']);
    expect(
      db
        .prepare('SELECT label, check_in FROM participants WHERE via = ? ORDER BY position')
        .all('room'),
    ).toEqual([
      { label: 'Amara', check_in: null },
      { label: 'Guest 1', check_in: null },
    ]);
    db.close();
  });

  it('mixes phones, pass-the-laptop and the tally in one round, within the participant count', async () => {
    await open();
    const { origin, room, sessionId } = await startRoom(2);
    const phone = await joinRoom(origin, room.code);
    await call(origin, 'device.checkIn', { key: 'mixed-checkin', name: '', word: '' }, phone);
    const [laptopPerson] = ok(ws, 'sessions.get', { sessionId }).participants;
    const all = (score: number) => ({
      'reward-initiative': score,
      'share-information': score,
      'model-humility': score,
      'influence-not-control': score,
    });
    expect(
      await call(origin, 'device.rate', { key: 'mixed-rate1', ratings: all(5) }, phone),
    ).toMatchObject({ ok: true });
    ok(ws, 'pulse.submit', { sessionId, participantId: laptopPerson?.id, ratings: all(2) });
    // Three people: one phone, one at the laptop, so the tally may count one more, not two.
    expect(
      ws.dispatch('pulse.setTally', {
        sessionId,
        practiceId: 'model-humility',
        counts: [0, 0, 2, 0, 0],
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    ok(ws, 'pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [0, 0, 1, 0, 0] });
    const humility = ok(ws, 'sessions.get', { sessionId }).pulse.find(
      (p) => p.practiceId === 'model-humility',
    );
    expect(humility).toMatchObject({
      distribution: [0, 1, 1, 0, 1],
      total: 3,
      tally: [0, 0, 1, 0, 0],
    });
    // Dots: 3 people × 3 dots; the phone's and the tally's together cannot pass 9.
    const card = ok(ws, 'cards.add', {
      sessionId,
      practiceId: 'model-humility',
      kind: 'to_improve',
      text: 'Shared card',
    });
    const item = { kind: 'card', id: card.id };
    ok(ws, 'votes.setTally', { sessionId, item, dots: 6 });
    expect(
      await call(
        origin,
        'device.vote',
        { key: 'mixed-vote1', allocations: [{ item, dots: 3 }] },
        phone,
      ),
    ).toMatchObject({ ok: true });
    expect(ws.dispatch('votes.setTally', { sessionId, item, dots: 7 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('cuts off a caller whose headers come too slowly', async () => {
    await open({ headersTimeoutMs: 500, requestTimeoutMs: 800 });
    const { origin } = await startRoom();
    const [host, port] = [origin.split(':')[0] as string, Number(origin.split(':')[1])];
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, host, () =>
        socket.write(`GET / HTTP/1.1\r\nHost: ${origin}\r\n`),
      );
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString();
      });
      socket.on('close', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
