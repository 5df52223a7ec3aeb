import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Envelope } from '@shared/errors';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '@shared/participant-contract';
import { type RoomLimits, WindowCounter } from './limits';

/**
 * One device in the room, kept in memory only: nothing on disk says which device is which
 * participant or wrote which card, and all of it is gone when the room stops.
 */
export interface Device {
  id: string;
  /** Devices are numbered in the order they joined: "Device 3". */
  number: number;
  participantId: string | null;
  removed: boolean;
  /** Cards this device wrote: it may change them while they are hidden. */
  cards: Set<string>;
  wroteCards: boolean;
  /** Answers to requests that carried an idempotency key, so a retry is applied once. */
  answers: Map<string, Envelope<unknown>>;
  joinedAt: string;
}

const MAX_ANSWERS_KEPT = 500;

export function newRoomCode(): string {
  return Array.from(
    { length: ROOM_CODE_LENGTH },
    () => ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)],
  ).join('');
}

const hash = (token: string) => createHash('sha256').update(token).digest('base64url');

/** The state of one retro's room: its code, its devices and its limits. */
export class Room {
  readonly code = newRoomCode();
  locked = false;
  lockedReason: string | null = null;
  stopped = false;
  private wrongCodes = 0;
  /** What every device sees alike, built once per change rather than once per device. */
  private shared: unknown = null;
  private readonly devices = new Map<string, Device>();
  private readonly byToken = new Map<string, Device>();
  readonly perDevice: WindowCounter;
  readonly perAddress: WindowCounter;
  readonly wrongCodesByAddress: WindowCounter;

  constructor(
    readonly sessionId: string,
    readonly limits: RoomLimits,
  ) {
    this.perDevice = new WindowCounter(limits.perDevice, limits.windowMs);
    this.perAddress = new WindowCounter(limits.perAddress, limits.windowMs);
    this.wrongCodesByAddress = new WindowCounter(limits.wrongCodesPerAddress, limits.windowMs);
  }

  /** The part of the view all devices share, rebuilt after a change. */
  sharedView<T>(build: () => T): T {
    if (this.shared === null) this.shared = build();
    return this.shared as T;
  }

  /** Something stored changed: the shared view is built again on the next request. */
  invalidate(): void {
    this.shared = null;
  }

  codeMatches(code: string): boolean {
    const a = Buffer.from(code);
    const b = Buffer.from(this.code);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** Counts a wrong code; after too many in all, the room locks itself. */
  wrongCode(): void {
    this.wrongCodes++;
    if (this.wrongCodes >= this.limits.wrongCodesToLock && !this.locked) {
      this.locked = true;
      this.lockedReason = `Locked after ${this.wrongCodes} wrong room codes. Unlock it to let more people join.`;
    }
  }

  get deviceCount(): number {
    return this.devices.size;
  }

  /** A new device with a random 256-bit token, which only this room knows (as a hash). */
  addDevice(): { device: Device; token: string } {
    const token = randomBytes(32).toString('base64url');
    const device: Device = {
      id: randomBytes(12).toString('base64url'),
      number: this.devices.size + 1,
      participantId: null,
      removed: false,
      cards: new Set(),
      wroteCards: false,
      answers: new Map(),
      joinedAt: new Date().toISOString(),
    };
    this.devices.set(device.id, device);
    this.byToken.set(hash(token), device);
    return { device, token };
  }

  deviceByToken(token: string): Device | undefined {
    return this.byToken.get(hash(token));
  }

  device(id: string): Device | undefined {
    return this.devices.get(id);
  }

  /** Devices still in the room, in the order they joined. */
  activeDevices(): Device[] {
    return [...this.devices.values()].filter((d) => !d.removed);
  }

  /** Participants that devices stand for: a second device may not claim one of them. */
  claimedParticipants(): Set<string> {
    return new Set(
      this.activeDevices().flatMap((d) => (d.participantId === null ? [] : [d.participantId])),
    );
  }

  remember(device: Device, key: string, answer: Envelope<unknown>): void {
    if (device.answers.size >= MAX_ANSWERS_KEPT) {
      const oldest = device.answers.keys().next().value;
      if (oldest !== undefined) device.answers.delete(oldest);
    }
    device.answers.set(key, answer);
  }

  /** Forgets every device and what links them to anything: called when the room stops. */
  forget(): void {
    this.stopped = true;
    for (const device of this.devices.values()) {
      device.cards.clear();
      device.answers.clear();
      device.participantId = null;
    }
    this.byToken.clear();
  }
}
