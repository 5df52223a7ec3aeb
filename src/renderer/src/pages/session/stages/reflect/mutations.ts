import { useContractMutation } from '@renderer/api/contract-query';

// The cards of a session; the Group & vote stage reveals them too.

export const useAddCard = () => useContractMutation('cards.add');
export const useUpdateCard = () => useContractMutation('cards.update');
export const useDeleteCard = () => useContractMutation('cards.delete');
export const useRevealAllCards = () => useContractMutation('cards.revealAll');
