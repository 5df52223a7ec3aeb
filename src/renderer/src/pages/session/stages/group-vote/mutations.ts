import { useContractMutation } from '@renderer/api/contract-query';

// Grouping cards, then voting on the groups and the cards left loose.

export const useCreateGroup = () => useContractMutation('groups.create');
export const useAddCardsToGroup = () => useContractMutation('groups.addCards');
export const useRemoveCardFromGroup = () => useContractMutation('groups.removeCard');
export const useRenameGroup = () => useContractMutation('groups.rename');
/** Ungroups: the cards become vote items again and the group's dots go. */
export const useDeleteGroup = () => useContractMutation('groups.delete');

export const useSetVoteTally = () => useContractMutation('votes.setTally');
export const useSubmitVotes = () => useContractMutation('votes.submit');
export const useRevealVotes = () => useContractMutation('votes.reveal');
