import { settingsQueries } from '@renderer/pages/settings/queries';
import type { AppInfo } from '@shared/contract';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { RecoveryPage } from './RecoveryPage';

/**
 * Shows the recovery screen instead of the app when the workspace could not be opened. Asked
 * once, not on every change: the recovery screen stays up to report what it did until the user
 * moves on.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [info, setInfo] = useState<AppInfo | null>();

  useEffect(() => {
    client.fetchQuery(settingsQueries.appInfo()).then(setInfo, () => setInfo(null));
  }, [client]);

  if (info === undefined) return null;
  if (info?.recovery) return <RecoveryPage info={info} onDone={() => setInfo(null)} />;
  return children;
}
