import type { AppEvent, ChangeNote } from './contract-changes';
import type { Envelope } from './errors';
import { MAX_IMPORT_BYTES } from './portability';

// Browser mode's pages talk to the app over one WebSocket on its loopback address: each call
// goes out numbered and its answer comes back with that number; every change's event comes
// over the same socket, after the answer to the call that made it.

/**
 * The most a request may hold, in bytes, over the socket or HTTP. An import file travels as a
 * JSON string inside it, and escaping a valid JSON text at most doubles it; the import itself
 * refuses anything over MAX_IMPORT_BYTES with its own message.
 */
export const MAX_REQUEST_BYTES = 2 * MAX_IMPORT_BYTES + 1024 * 1024;

/** Where the socket opens, with the per-launch token as `?token=`. */
export const API_SOCKET_PATH = '/api/socket';

/** A contract call as a page sends it. */
export interface SocketCall {
  id: number;
  method: string;
  input: unknown;
}

/** What the app sends a page: an answer to one of its calls, or an event. */
export type SocketMessage =
  | { id: number; answer: Envelope<unknown, ChangeNote> }
  | { event: AppEvent };
