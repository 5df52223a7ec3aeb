import { type ContractMutationOptions, useContractMutation } from '@renderer/api/contract-query';

// Backups, and moving a workspace or a team between computers as one file.

export const useCreateBackup = () => useContractMutation('backups.create');
export const useRestoreBackup = () => useContractMutation('backups.restore');

export const useExportWorkspace = (options?: ContractMutationOptions<'data.exportWorkspace'>) =>
  useContractMutation('data.exportWorkspace', options);
export const useExportTeam = (options?: ContractMutationOptions<'data.exportTeam'>) =>
  useContractMutation('data.exportTeam', options);
/** Reads an export file and says what importing it would do; nothing is written. */
export const usePreviewImport = () => useContractMutation('data.previewImport');
export const useImport = () => useContractMutation('data.import');
