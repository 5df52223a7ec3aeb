import { contractQuery } from '@renderer/api/contract-query';
import { useQuery } from '@tanstack/react-query';

export const settingsQueries = {
  appInfo: () => contractQuery('app.info', {}),
  backups: () => contractQuery('backups.list', {}),
};

/** Where the workspace lives and how Threadline runs. */
export const useAppInfo = () => useQuery(settingsQueries.appInfo());
/** Backups, newest first. */
export const useBackups = () => useQuery(settingsQueries.backups());
