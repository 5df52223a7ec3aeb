import { useContractMutation } from '@renderer/api/contract-query';

export const useSetRotiTally = () => useContractMutation('roti.setTally');
export const useSubmitRoti = () => useContractMutation('roti.submit');
export const useCloseSession = () => useContractMutation('sessions.close');
export const useRevealRoti = () => useContractMutation('roti.reveal');
