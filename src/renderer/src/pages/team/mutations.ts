import { useContractMutation } from '@renderer/api/contract-query';

// A team's page: its members, its retros and its retro template.

export const useAddMember = () => useContractMutation('teams.addMember');
export const useRemoveMember = () => useContractMutation('teams.removeMember');

export const useCreateSession = () => useContractMutation('sessions.create');
export const useDeleteSession = () => useContractMutation('sessions.delete');

export const useUpdateTemplate = () => useContractMutation('templates.update');
export const useResetTemplate = () => useContractMutation('templates.reset');
