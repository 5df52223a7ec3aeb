import { networkInterfaces } from 'node:os';
import type { RoomAddress, RoomAddresses } from '@shared/room';

/**
 * The addresses the room may listen on: this computer's non-internal ones (IPv4 first; IPv6
 * link-local addresses need a zone and phones rarely reach them, so they are left out), or only
 * the forced one. Never the wildcard addresses that listen on every network at once.
 */
export function roomAddresses(forced: string | null): RoomAddresses {
  if (forced !== null) {
    return {
      addresses: [
        {
          address: forced,
          interfaceName: 'set at start',
          family: forced.includes(':') ? 'IPv6' : 'IPv4',
        },
      ],
      forced,
    };
  }
  const found: RoomAddress[] = [];
  for (const [interfaceName, entries] of Object.entries(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.internal || entry.address.toLowerCase().startsWith('fe80:')) continue;
      found.push({ address: entry.address, interfaceName, family: entry.family });
    }
  }
  found.sort((a, b) => (a.family === b.family ? 0 : a.family === 'IPv4' ? -1 : 1));
  return { addresses: found, forced: null };
}

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]', '']);

/** The forced address from the environment or the command line, refusing the wildcards. */
export function forcedRoomAddress(value: string | undefined): string | null {
  if (value === undefined) return null;
  const address = value.trim();
  if (WILDCARDS.has(address)) {
    throw new Error(
      `The room listens on one address, never on all of them: “${value}” is not allowed.`,
    );
  }
  return address;
}
