import { type AppEvent, roomChanged } from '@shared/contract-changes';
import { AppError, conflict, notFound } from '@shared/errors';
import type { RoomAddresses, RoomStatus } from '@shared/room';
import type { Database } from 'better-sqlite3';
import { sessionIsOpen, submittedCounts } from '../services/room-entries';
import { openSessionRow } from '../services/session-guards';
import { roomAddresses } from './addresses';
import { ROOM_LIMITS, type RoomLimits } from './limits';
import { createParticipantDispatch } from './participant-dispatch';
import { Room } from './room';
import { type RoomHost, startRoomHost } from './room-host';

/** What the main contract's room methods call. */
export interface RoomControl {
  addresses(): RoomAddresses;
  status(sessionId: string): RoomStatus | null;
  start(sessionId: string, address: string): Promise<RoomStatus>;
  lock(sessionId: string, locked: boolean): null;
  removeDevice(sessionId: string, deviceId: string): null;
  stop(sessionId: string): Promise<null>;
  /** Every workspace event: devices hear of changes; a closed retro stops its room. */
  onEvent(event: AppEvent): void;
  /** Stops whatever room runs and every listener at once (the workspace is closing). */
  close(): void;
}

export interface RoomControlOptions {
  db: Database;
  /** The built renderer (out/renderer), which holds the participant page. */
  rendererDir: string | null;
  /** THREADLINE_ROOM_ADDRESS / --room-address: the only address allowed. */
  forcedAddress: string | null;
  broadcast: (event: AppEvent) => void;
  limits?: RoomLimits;
}

const PUSH_EVERY_MS = 40;

interface Running {
  room: Room;
  host: RoomHost;
}

/** One room at a time for the workspace: starting one for another retro stops the first. */
export function createRoomControl(options: RoomControlOptions): RoomControl {
  const { db, broadcast } = options;
  const limits = options.limits ?? ROOM_LIMITS;
  let running: Running | null = null;
  let pushTimer: NodeJS.Timeout | null = null;

  /**
   * Tells every device that something changed, at most once per PUSH_EVERY_MS: when sixty people
   * submit within a second, each device asks for its view a few times, not sixty.
   */
  function pushChanged(): void {
    if (pushTimer) return;
    pushTimer = setTimeout(() => {
      pushTimer = null;
      running?.host.push({ name: 'changed' });
    }, PUSH_EVERY_MS);
  }

  function runningFor(sessionId: string): Running {
    if (!running || running.room.sessionId !== sessionId) {
      throw notFound('People cannot join this retro right now: choose Let people join first.');
    }
    return running;
  }

  function statusOf({ room, host }: Running): RoomStatus {
    const devices = room.activeDevices();
    const participants = devices.flatMap((d) =>
      d.participantId === null ? [] : [d.participantId],
    );
    const joinUrl = `http://${host.origin}/`;
    return {
      sessionId: room.sessionId,
      joinUrl,
      qrUrl: `${joinUrl}#${room.code}`,
      code: room.code,
      locked: room.locked,
      lockedReason: room.lockedReason,
      devices: devices.map((d) => ({
        id: d.id,
        label: `Device ${d.number}`,
        checkedIn: d.participantId !== null,
        joinedAt: d.joinedAt,
      })),
      submitted: submittedCounts(
        db,
        room.sessionId,
        participants,
        devices.filter((d) => d.wroteCards).length,
      ),
    };
  }

  const closing = new Set<RoomHost>();

  /**
   * Forgets every device at once; the listener goes on answering 403 for a short while, so a
   * phone that was offline learns the room has closed, then stops listening.
   */
  async function stopRunning(): Promise<void> {
    const current = running;
    if (!current) return;
    running = null;
    current.room.forget();
    current.host.push({ name: 'stopped' });
    closing.add(current.host);
    setTimeout(() => {
      closing.delete(current.host);
      void current.host.close();
    }, limits.stoppedGraceMs).unref();
    broadcast(roomChanged(current.room.sessionId));
  }

  return {
    addresses: () => roomAddresses(options.forcedAddress),
    status(sessionId) {
      return running && running.room.sessionId === sessionId ? statusOf(running) : null;
    },
    async start(sessionId, address) {
      openSessionRow(db, sessionId);
      if (!options.rendererDir) {
        throw new AppError('conflict', 'The participant page is not built, so nobody could join.');
      }
      const allowed = roomAddresses(options.forcedAddress).addresses.map((a) => a.address);
      if (!allowed.includes(address)) {
        throw new AppError(
          'invalid_input',
          options.forcedAddress
            ? `The room can only listen on ${options.forcedAddress}, set when Threadline started.`
            : `${address} is not a network address of this computer. Choose one from the list.`,
          'address',
        );
      }
      if (running?.room.sessionId === sessionId) return statusOf(running);
      await stopRunning();
      const room = new Room(sessionId, limits);
      const dispatch = createParticipantDispatch(db, room, broadcast);
      const host = await startRoomHost({
        address,
        rendererDir: options.rendererDir,
        maxBodyBytes: limits.maxBodyBytes,
        headersTimeoutMs: limits.headersTimeoutMs,
        requestTimeoutMs: limits.requestTimeoutMs,
        dispatch,
        deviceId: (token) => {
          const device = room.deviceByToken(token);
          return device && !device.removed && !room.stopped ? device.id : null;
        },
      }).catch((error: NodeJS.ErrnoException) => {
        throw new AppError(
          'conflict',
          error.code === 'EADDRNOTAVAIL'
            ? `${address} is no longer an address of this computer. Choose another.`
            : `The room could not start on ${address}: ${error.message}`,
        );
      });
      running = { room, host };
      return statusOf(running);
    },
    lock(sessionId, locked) {
      const { room } = runningFor(sessionId);
      room.locked = locked;
      room.lockedReason = null;
      return null;
    },
    removeDevice(sessionId, deviceId) {
      const { room, host } = runningFor(sessionId);
      const device = room.device(deviceId);
      if (!device || device.removed) throw notFound('That device is no longer in the room.');
      device.removed = true;
      device.cards.clear();
      device.answers.clear();
      host.push({ name: 'removed' }, device.id);
      return null;
    },
    async stop(sessionId) {
      if (running?.room.sessionId !== sessionId) {
        throw conflict('People cannot join this retro: its room is not running.');
      }
      await stopRunning();
      return null;
    },
    onEvent(event) {
      if (!running) return;
      if (event.name === 'data.changed') {
        running.room.invalidate();
        if (!sessionIsOpen(db, running.room.sessionId)) {
          void stopRunning();
          return;
        }
        pushChanged();
      }
    },
    close() {
      void stopRunning();
      for (const host of closing) void host.close();
      closing.clear();
    },
  };
}
