import { type ContractMutationOptions, useContractMutation } from '@renderer/api/contract-query';

export const useSetCircle = (options?: ContractMutationOptions<'items.setCircle'>) =>
  useContractMutation('items.setCircle', options);
export const useAddAction = () => useContractMutation('actions.add');
export const useUpdateAction = () => useContractMutation('actions.update');
export const useDeleteAction = () => useContractMutation('actions.delete');
export const useAddCommitment = () => useContractMutation('commitments.add');
export const useDeleteCommitment = () => useContractMutation('commitments.delete');
