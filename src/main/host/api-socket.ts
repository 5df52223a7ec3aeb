import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { SocketCall, SocketMessage } from '@shared/api-socket';
import type { AppEvent } from '@shared/contract-changes';
import { type WebSocket, WebSocketServer } from 'ws';
import { z } from 'zod';
import type { Workspace } from '../workspace';
import { parseRequest, REQUEST_LIMITS } from './request-body';

/** Closing code for a message that is not a numbered call: there is nothing to answer it with. */
export const NOT_A_CALL = 1008;

export interface ApiSockets {
  /** Takes over a connection already checked for its host, origin and token. */
  accept(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): void;
}

/**
 * Browser mode's calls and events over WebSockets (see shared/api-socket.ts): a call costs a
 * message each way on an open connection instead of a new HTTP request.
 */
export function createApiSockets(workspace: Workspace): ApiSockets {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: REQUEST_LIMITS.bytes });

  // A change's event goes out after its answer: the answer is sent as soon as the change is
  // made, and the pages woken by the event (on the same few cores) do not hold it up.
  const unsubscribe = workspace.subscribe((event: AppEvent) => {
    const frame = JSON.stringify({ event } satisfies SocketMessage);
    setImmediate(() => {
      for (const socket of sockets.clients) send(socket, frame);
    });
  });

  function listen(socket: WebSocket): void {
    // A message over the size limit or a broken frame closes the socket; nothing was run.
    socket.on('error', () => socket.terminate());
    socket.on('message', (data, isBinary) => {
      const call = isBinary ? null : readCall(data.toString());
      if (!call || 'refused' in call) {
        socket.close(NOT_A_CALL, call?.refused ?? 'Not a Threadline call.');
        return;
      }
      void workspace.call(call.method, call.input ?? {}).then((answer) => {
        send(socket, JSON.stringify({ id: call.id, answer } satisfies SocketMessage));
      });
    });
  }

  return {
    accept(req, socket, head) {
      sockets.handleUpgrade(req, socket, head, listen);
    },
    close() {
      unsubscribe();
      for (const socket of sockets.clients) socket.terminate();
      sockets.close();
    },
  };
}

function send(socket: WebSocket, frame: string): void {
  if (socket.readyState === socket.OPEN) socket.send(frame);
}

const CallShape = z.object({
  id: z.number().int().nonnegative(),
  method: z.string().max(100),
  input: z.unknown(),
});

/**
 * A numbered call, or why the message is none: without a number there is no call to answer, so
 * the socket is closed with the reason.
 */
function readCall(text: string): SocketCall | { refused: string } | null {
  const request = parseRequest(text);
  if ('error' in request) return { refused: request.error.message };
  const call = CallShape.safeParse(request.value);
  return call.success ? call.data : null;
}
