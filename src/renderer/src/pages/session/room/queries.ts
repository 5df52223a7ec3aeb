import { contractQuery } from '@renderer/api/contract-query';
import { useQuery } from '@tanstack/react-query';

export const roomQueries = {
  status: (sessionId: string) => contractQuery('room.status', { sessionId }),
  addresses: () => contractQuery('room.addresses', {}),
};

/** The retro's room, or null while nobody can join. */
export const useRoomStatus = (sessionId: string) => useQuery(roomQueries.status(sessionId));
export const useRoomAddresses = (enabled: boolean) =>
  useQuery({ ...roomQueries.addresses(), enabled });
