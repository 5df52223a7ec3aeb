import { useContractMutation } from '@renderer/api/contract-query';

export const useStartRoom = () => useContractMutation('room.start');
export const useLockRoom = () => useContractMutation('room.lock');
export const useRemoveDevice = () => useContractMutation('room.removeDevice');
export const useStopRoom = () => useContractMutation('room.stop');
