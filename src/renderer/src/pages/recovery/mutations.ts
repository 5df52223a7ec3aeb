import { useContractMutation } from '@renderer/api/contract-query';

// The two ways out when the workspace file could not be opened at start.

export const useRestoreLatest = () => useContractMutation('recovery.restoreLatest');
export const useStartFresh = () => useContractMutation('recovery.startFresh');
