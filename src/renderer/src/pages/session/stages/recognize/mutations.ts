import { useContractMutation } from '@renderer/api/contract-query';

export const useAddKudos = () => useContractMutation('kudos.add');
export const useDeleteKudos = () => useContractMutation('kudos.delete');
