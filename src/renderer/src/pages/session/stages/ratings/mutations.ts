import { useContractMutation } from '@renderer/api/contract-query';

export const useClearPrivateRound = () => useContractMutation('entries.clearPrivate');
