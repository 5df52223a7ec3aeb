import { useContractMutation } from '@renderer/api/contract-query';

// The list of teams: creating, renaming, archiving and deleting them, and the sample team.

export const useCreateTeam = () => useContractMutation('teams.create');
export const useRenameTeam = () => useContractMutation('teams.rename');
export const useSetTeamArchived = () => useContractMutation('teams.setArchived');
export const useDeleteTeam = () => useContractMutation('teams.delete');

export const useLoadSampleTeam = () => useContractMutation('sample.load');
export const useRemoveSampleTeam = () => useContractMutation('sample.remove');
