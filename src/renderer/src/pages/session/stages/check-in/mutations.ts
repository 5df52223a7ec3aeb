import { useContractMutation } from '@renderer/api/contract-query';

export const useSetParticipants = () => useContractMutation('participants.set');
export const useCheckIn = () => useContractMutation('participants.checkIn');
