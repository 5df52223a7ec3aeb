import { useContractMutation } from '@renderer/api/contract-query';
import { useForeseenChange, withCardAdded } from '../../foreseen';

// The cards of a session; the Group & vote stage reveals them too.

export const useAddCard = () =>
  useForeseenChange('cards.add', (view, input, now) => withCardAdded(view, input, now));
export const useUpdateCard = () => useContractMutation('cards.update');
export const useDeleteCard = () => useContractMutation('cards.delete');
export const useRevealAllCards = () => useContractMutation('cards.revealAll');
