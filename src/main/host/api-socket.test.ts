import { API_SOCKET_PATH, MAX_REQUEST_BYTES, type SocketMessage } from '@shared/api-socket';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { browserHostForEachTest } from '../test/browser-host';
import { count } from '../test/dispatch-helpers';

const token = 'test-token-123';
const served = browserHostForEachTest(token);

interface Opening {
  path?: string;
  host?: string;
  origin?: string | null;
}

/** A socket as a page of the app opens it, unless `opening` says otherwise. */
function socketFor(opening: Opening = {}): WebSocket {
  const origin =
    opening.origin === undefined ? `http://127.0.0.1:${served.host.port}` : opening.origin;
  return new WebSocket(
    `ws://127.0.0.1:${served.host.port}${opening.path ?? `${API_SOCKET_PATH}?token=${token}`}`,
    {
      headers: { host: opening.host ?? `127.0.0.1:${served.host.port}` },
      ...(origin === null ? {} : { origin }),
    },
  );
}

async function opened(opening: Opening = {}) {
  const socket = socketFor(opening);
  const messages: SocketMessage[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(data.toString()) as SocketMessage));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, messages };
}

/** The HTTP status a refused opening gets. */
function refusal(opening: Opening): Promise<number> {
  const socket = socketFor(opening);
  return new Promise((resolve, reject) => {
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('open', () => reject(new Error('The socket opened.')));
  });
}

function closing(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
}

describe('the pages’ socket', () => {
  it('answers each call by its number, then tells of the change it made', async () => {
    const { socket, messages } = await opened();
    socket.send(JSON.stringify({ id: 7, method: 'teams.create', input: { name: 'Alpha' } }));
    await expect.poll(() => messages.length).toBe(2);
    const [answer, event] = messages;
    if (!answer || !('answer' in answer) || !answer.answer.ok) throw new Error('No answer first.');
    expect(answer.id).toBe(7);
    expect(answer.answer.value).toMatchObject({ name: 'Alpha' });
    expect(event).toEqual({
      event: {
        name: 'data.changed',
        payload: expect.objectContaining({
          method: 'teams.create',
          change: answer.answer.change?.change,
        }),
      },
    });
    expect(count(served.ws, 'teams')).toBe(1);
    socket.close();
  });

  it('answers bad input and unknown methods with typed errors, storing nothing', async () => {
    const { socket, messages } = await opened();
    socket.send(JSON.stringify({ id: 1, method: 'teams.create', input: { name: '' } }));
    socket.send(JSON.stringify({ id: 2, method: 'teams.explode', input: {} }));
    await expect.poll(() => messages.length).toBe(2);
    expect(messages).toEqual([
      {
        id: 1,
        answer: {
          ok: false,
          error: expect.objectContaining({ code: 'invalid_input', field: 'name' }),
        },
      },
      { id: 2, answer: { ok: false, error: expect.objectContaining({ code: 'not_found' }) } },
    ]);
    expect(count(served.ws, 'teams')).toBe(0);
    socket.close();
  });

  it('opens only for this app’s own pages with the token', async () => {
    const path = (given: string) => `${API_SOCKET_PATH}?token=${given}`;
    expect(await refusal({ path: path('wrong') })).toBe(401);
    expect(await refusal({ path: API_SOCKET_PATH })).toBe(401);
    expect(await refusal({ path: `/api/elsewhere?token=${token}` })).toBe(401);
    // Another site's page, a caller that names no page, and a rebound host name.
    expect(await refusal({ origin: 'http://evil.example' })).toBe(401);
    expect(await refusal({ origin: null })).toBe(401);
    expect(await refusal({ host: `evil.example:${served.host.port}` })).toBe(401);
    // The app's pages opened at localhost are its own too.
    const local = await opened({
      origin: `http://localhost:${served.host.port}`,
      host: `localhost:${served.host.port}`,
    });
    local.socket.close();
  });

  it('closes on a message that is no numbered call, with the reason, running nothing', async () => {
    for (const message of [
      '{not json',
      JSON.stringify({ method: 'teams.create', input: { name: 'Alpha' } }),
      `{"id":1,"method":"teams.create","input":{"name":${'['.repeat(1000)}${']'.repeat(1000)}}}`,
    ]) {
      const { socket } = await opened();
      const closed = closing(socket);
      socket.send(message);
      expect(await closed).toEqual({
        code: 1008,
        reason: expect.stringMatching(
          /not valid JSON|Not a Threadline call|nests too deeply or holds too many values/,
        ),
      });
    }
    expect(count(served.ws, 'teams')).toBe(0);
  });

  it('closes on a message over the size limit without reading it as a call', async () => {
    const { socket } = await opened();
    const closed = closing(socket);
    const name = 'x'.repeat(MAX_REQUEST_BYTES);
    socket.send(JSON.stringify({ id: 1, method: 'teams.create', input: { name } }));
    expect((await closed).code).toBe(1009);
    expect(count(served.ws, 'teams')).toBe(0);
  });
});
