import { z } from 'zod';
import { Id } from './teams';

/** The stages a device takes part in, each counted in the console and on the shared screen. */
export const ROOM_STAGES = ['check-in', 'pulse', 'reflect', 'group-vote', 'act', 'close'] as const;
export type RoomStage = (typeof ROOM_STAGES)[number];

/** At most this many devices join one room. */
export const ROOM_DEVICE_CAP = 100;

/** A network address of this computer that the room can listen on. */
export interface RoomAddress {
  address: string;
  /** The network interface's name, e.g. en0 or wlan0. */
  interfaceName: string;
  family: 'IPv4' | 'IPv6';
}

export interface RoomAddresses {
  addresses: RoomAddress[];
  /** Set when THREADLINE_ROOM_ADDRESS or --room-address forces the address. */
  forced: string | null;
}

export interface RoomDevice {
  id: string;
  /** "Device 3": devices are numbered in the order they joined, never named. */
  label: string;
  checkedIn: boolean;
  joinedAt: string;
}

/** The room of one retro, as the facilitator sees it. */
export interface RoomStatus {
  sessionId: string;
  /** The address to open on a phone, e.g. http://192.168.1.20:4790/ */
  joinUrl: string;
  /** The address with the code in it: what the QR code holds. */
  qrUrl: string;
  code: string;
  locked: boolean;
  /** Why the room locked itself, when it did (repeated wrong codes). */
  lockedReason: string | null;
  devices: RoomDevice[];
  /** Per stage, how many devices have submitted something there (never what). */
  submitted: Record<RoomStage, number>;
}

export const RoomStartInput = z.object({
  sessionId: Id,
  address: z.string({ error: 'Choose a network address.' }).min(1, 'Choose a network address.'),
});
export const RoomLockInput = z.object({ sessionId: Id, locked: z.boolean() });
export const RoomDeviceInput = z.object({ sessionId: Id, deviceId: Id });
