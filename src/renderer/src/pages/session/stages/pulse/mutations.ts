import { useContractMutation } from '@renderer/api/contract-query';

export const useSetPulseTally = () => useContractMutation('pulse.setTally');
export const useSubmitPulse = () => useContractMutation('pulse.submit');
export const useRevealPulse = () => useContractMutation('pulse.reveal');
