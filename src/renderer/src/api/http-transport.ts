import {
  API_SOCKET_PATH,
  MAX_REQUEST_BYTES,
  type SocketCall,
  type SocketMessage,
} from '@shared/api-socket';
import type { ThreadlineBridge } from '@shared/contract';
import type { AppEvent, ChangeNote } from '@shared/contract-changes';
import type { Envelope } from '@shared/errors';

const TOKEN_KEY = 'threadline.token';
export const TOKEN_PARAM = 'token';
/** How long a page waits before opening its socket again after it closed. */
const RECONNECT_MS = 1000;

let knownToken: string | null = null;

/**
 * The per-launch token arrives in the address once; it is kept for this tab (across reloads) and
 * hidden from the address again.
 */
export function sessionToken(): string {
  if (knownToken !== null) return knownToken;
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get(TOKEN_PARAM);
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete(TOKEN_PARAM);
    window.history.replaceState(null, '', url.toString());
  }
  knownToken = fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
  return knownToken;
}

type Answer = Envelope<unknown, ChangeNote>;
const TOO_LARGE = 'That request is too large to accept.';

/**
 * Browser mode: calls and events over one socket to the loopback host (see shared/api-socket.ts),
 * opened on first use and again after it closes while anyone listens for events.
 */
export function createHttpTransport(): ThreadlineBridge {
  const token = sessionToken();
  const listeners = new Set<(event: AppEvent) => void>();
  const waiting = new Map<number, { resolve: (answer: Answer) => void; reject: () => void }>();
  let opening: Promise<WebSocket> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let lastId = 0;

  /** Opens the socket again a moment from now, once, while anyone listens for events. */
  function reopenLater(): void {
    if (retry || listeners.size === 0) return;
    retry = setTimeout(() => {
      retry = null;
      void open().catch(() => {});
    }, RECONNECT_MS);
  }

  function receive(message: SocketMessage): void {
    if ('event' in message) {
      for (const listener of listeners) listener(message.event);
      return;
    }
    waiting.get(message.id)?.resolve(message.answer);
    waiting.delete(message.id);
  }

  function open(): Promise<WebSocket> {
    if (opening) return opening;
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(
      `${scheme}://${window.location.host}${API_SOCKET_PATH}?${TOKEN_PARAM}=${encodeURIComponent(token)}`,
    );
    const opened = new Promise<WebSocket>((resolve, reject) => {
      socket.onopen = () => resolve(socket);
      socket.onmessage = (message) => receive(JSON.parse(String(message.data)) as SocketMessage);
      socket.onclose = () => {
        reject(new Error('The socket closed.'));
        if (opening === opened) opening = null;
        // Calls on their way get no answer now; the caller says the app is not reachable.
        for (const call of waiting.values()) call.reject();
        waiting.clear();
        reopenLater();
      };
    });
    opening = opened;
    return opened;
  }

  return {
    async call(method, input) {
      const id = ++lastId;
      const text = JSON.stringify({ id, method, input: input ?? {} } satisfies SocketCall);
      if (text.length > MAX_REQUEST_BYTES / 3 && new Blob([text]).size > MAX_REQUEST_BYTES) {
        return { ok: false, error: { code: 'invalid_input', message: TOO_LARGE } };
      }
      const socket = await open();
      return new Promise<Answer>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        socket.send(text);
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      void open().catch(() => {});
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
