import { type AppEvent, dataChanged, roomChanged } from '@shared/contract-changes';
import { AppError, type Envelope } from '@shared/errors';
import {
  isParticipantMethod,
  type ParticipantMethod,
  participantContract,
} from '@shared/participant-contract';
import { parseInput } from '@shared/validation';
import type { Database } from 'better-sqlite3';
import { nextChangeNumber } from '../api/dispatch';
import { storageError } from '../api/storage-errors';
import { sessionIsOpen } from '../services/room-entries';
import { ANNOUNCES, deviceHandlers } from './participant-handlers';
import type { Room } from './room';

export interface ParticipantRequest {
  method: string;
  /** The device token from the request's header, if any. */
  token: string | null;
  /** The caller's network address, for the per-address limits. */
  address: string;
  input: unknown;
}

const STOPPED = 'This room has closed. Thank you for taking part.';

/**
 * The single entry for the room's listener: checks the method against the participant contract,
 * the device against the room, the limits, then validates the input and runs the handler in one
 * transaction. A retried request with the same idempotency key gets the first answer.
 */
export function createParticipantDispatch(
  db: Database,
  room: Room,
  broadcast: (event: AppEvent) => void,
  log: (error: unknown) => void = console.error,
) {
  function join(request: ParticipantRequest): Envelope<unknown> {
    if (room.wrongCodesByAddress.over(request.address)) {
      throw new AppError('too_many', 'Too many wrong codes. Wait a minute, then try again.');
    }
    const { code } = parseInput(participantContract['room.join'].input, request.input);
    if (!room.codeMatches(code)) {
      room.wrongCodesByAddress.take(request.address);
      room.wrongCode();
      broadcast(roomChanged(room.sessionId));
      throw new AppError('invalid_input', 'That is not the code of this room.', 'code');
    }
    if (room.locked) {
      throw new AppError('forbidden', 'The room is locked: ask the facilitator to let you in.');
    }
    if (room.deviceCount >= room.limits.maxDevices) {
      throw new AppError('conflict', 'The room is full.');
    }
    const { token } = room.addDevice();
    broadcast(roomChanged(room.sessionId));
    return { ok: true, value: { token } };
  }

  function run(request: ParticipantRequest, method: ParticipantMethod): Envelope<unknown> {
    if (method === 'room.join') return join(request);
    const device = request.token === null ? undefined : room.deviceByToken(request.token);
    if (!device) {
      throw new AppError(
        'unauthorized',
        'This device is not in the room. Join with the room code.',
      );
    }
    if (device.removed) {
      throw new AppError('forbidden', 'The facilitator removed this device from the room.');
    }
    if (!room.perDevice.take(device.id)) {
      throw new AppError('too_many', 'That was a lot at once. Wait a moment, then try again.');
    }
    if (!sessionIsOpen(db, room.sessionId)) throw new AppError('forbidden', STOPPED);
    const input = parseInput(participantContract[method].input, request.input) as {
      key?: string;
    };
    const earlier = input.key === undefined ? undefined : device.answers.get(input.key);
    if (earlier) return earlier;
    const handler = deviceHandlers[method] as (ctx: unknown, input: unknown) => unknown;
    const value = db.transaction(() => handler({ db, room, device }, input))();
    const answer: Envelope<unknown> = { ok: true, value };
    if (input.key !== undefined) room.remember(device, input.key, answer);
    if (method !== 'room.view') {
      room.invalidate();
      broadcast(dataChanged(ANNOUNCES[method], nextChangeNumber(), { sessionId: room.sessionId }));
      broadcast(roomChanged(room.sessionId));
    }
    return answer;
  }

  return (request: ParticipantRequest): Envelope<unknown> => {
    try {
      if (room.stopped) throw new AppError('forbidden', STOPPED);
      if (!isParticipantMethod(request.method)) {
        throw new AppError('not_found', 'The room does not know that request.');
      }
      if (!room.perAddress.take(request.address)) {
        throw new AppError(
          'too_many',
          'Too many requests from this network address. Wait a moment.',
        );
      }
      return run(request, request.method);
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toPayload() };
      const storage = storageError(error);
      if (storage) return { ok: false, error: storage.toPayload() };
      log(error);
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong. Nothing was changed.' },
      };
    }
  };
}
