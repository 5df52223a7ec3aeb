import { Dialog } from '@renderer/components/Dialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import {
  BACKUP_REASON_LABELS,
  BACKUPS_KEPT,
  type BackupInfo,
  type RestoreResult,
} from '@shared/backups';
import { formatBytes, formatMoment } from '@shared/format';
import { useState } from 'react';
import { useCreateBackup, useRestoreBackup } from './mutations';
import { useBackups } from './queries';

export function BackupsSection() {
  const backups = useBackups();
  const create = useCreateBackup();
  const [made, setMade] = useState<BackupInfo>();
  const [chosen, setChosen] = useState<BackupInfo>();
  const [restored, setRestored] = useState<RestoreResult>();

  function backUpNow() {
    setRestored(undefined);
    setMade(undefined);
    create.mutate({}, { onSuccess: setMade });
  }

  return (
    <section className="card settings-section" aria-labelledby="backups-title">
      <div className="settings-head">
        <h2 id="backups-title">Backups</h2>
        <button type="button" className="button" onClick={backUpNow} disabled={create.isPending}>
          {create.isPending ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      <p className="muted">
        Threadline backs up your workspace once a day when it starts, before every upgrade and
        before a restore. It keeps the last {BACKUPS_KEPT.daily} daily backups, the last{' '}
        {BACKUPS_KEPT.manual} made with “Back up now”, the last {BACKUPS_KEPT['before-migration']}{' '}
        taken before upgrades and the last {BACKUPS_KEPT['before-restore']} taken before restores.
      </p>
      <ErrorBanner error={create.error} />
      {made && (
        <p className="settings-success" role="status">
          Backup made: {formatMoment(made.createdAt)} ({formatBytes(made.sizeBytes)}).
        </p>
      )}
      {restored && (
        <p className="settings-success" role="status">
          Restored the backup from {formatMoment(restored.restored.createdAt)}. Your workspace as it
          was just before is kept as the backup from {formatMoment(restored.safetyBackup.createdAt)}
          , so you can go back to it.
        </p>
      )}
      <ErrorBanner error={backups.error} />
      {backups.data && backups.data.length === 0 && (
        <p className="empty-note">No backups yet. The first one is made on the next start.</p>
      )}
      {backups.data && backups.data.length > 0 && (
        <table className="settings-table">
          <caption className="visually-hidden">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Kind</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.data.map((backup) => (
              <tr key={backup.id}>
                <td>{formatMoment(backup.createdAt)}</td>
                <td>{BACKUP_REASON_LABELS[backup.reason]}</td>
                <td>{formatBytes(backup.sizeBytes)}</td>
                <td className="settings-row-action">
                  <button
                    type="button"
                    className="button quiet"
                    aria-label={`Restore the backup from ${formatMoment(backup.createdAt)} (${BACKUP_REASON_LABELS[backup.reason].toLowerCase()})`}
                    onClick={() => {
                      setMade(undefined);
                      setChosen(backup);
                    }}
                  >
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen && (
        <RestoreDialog
          backup={chosen}
          onClose={() => setChosen(undefined)}
          onRestored={(result) => {
            setChosen(undefined);
            setRestored(result);
          }}
        />
      )}
    </section>
  );
}

function RestoreDialog({
  backup,
  onClose,
  onRestored,
}: {
  backup: BackupInfo;
  onClose: () => void;
  onRestored: (result: RestoreResult) => void;
}) {
  const restore = useRestoreBackup();
  const confirm = () => restore.mutate({ backupId: backup.id }, { onSuccess: onRestored });

  return (
    <Dialog
      title={`Restore the backup from ${formatMoment(backup.createdAt)}?`}
      open
      onClose={onClose}
      description={
        <>
          <p>
            Every team and retro in Threadline is replaced by what this backup holds. Anything added
            since {formatMoment(backup.createdAt)} will no longer be in the workspace.
          </p>
          <p>
            Your workspace as it is now is backed up first, so you can undo this by restoring that
            copy.
          </p>
        </>
      }
    >
      <ErrorBanner error={restore.error} />
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          onClick={confirm}
          disabled={restore.isPending}
        >
          {restore.isPending ? 'Restoring…' : 'Restore this backup'}
        </button>
        <button type="button" className="button" onClick={onClose} autoFocus>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
