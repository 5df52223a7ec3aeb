import { Dialog } from '@renderer/components/Dialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useBackups } from '@renderer/pages/settings/queries';
import { BACKUP_REASON_LABELS, type RecoveryResult } from '@shared/backups';
import type { AppInfo } from '@shared/contract';
import { formatMoment } from '@shared/format';
import { useState } from 'react';
import { useRestoreLatest, useStartFresh } from './mutations';
import './recovery.css';

/** What the app shows when the workspace file is unreadable or damaged at start. */
export function RecoveryPage({ info, onDone }: { info: AppInfo; onDone: () => void }) {
  const backups = useBackups();
  const restore = useRestoreLatest();
  const fresh = useStartFresh();
  const [confirmingFresh, setConfirmingFresh] = useState(false);
  const [result, setResult] = useState<RecoveryResult>();
  const newest = backups.data?.[0];
  const pending = restore.isPending || fresh.isPending;

  const restoreLatest = () => restore.mutate({}, { onSuccess: setResult });

  function startFresh() {
    fresh.mutate(
      {},
      {
        onSettled: (done) => {
          setConfirmingFresh(false);
          setResult(done);
        },
      },
    );
  }

  if (result) {
    return (
      <main className="recovery" aria-labelledby="recovery-title">
        <div className="card recovery-card">
          <h1 id="recovery-title">
            {result.restored ? 'Your workspace is back' : 'You have a fresh workspace'}
          </h1>
          <p className="recovery-done" role="status">
            {result.restored
              ? `Threadline restored the backup from ${formatMoment(result.restored.createdAt)}. ` +
                'Anything added after that backup was made is not in it.'
              : 'Threadline started an empty workspace. Your teams and retros are not in it.'}
          </p>
          {result.damagedFile && (
            <>
              <p>The damaged file is kept, exactly as it was found, at:</p>
              <p>
                <code className="recovery-path">{result.damagedFile}</code>
              </p>
              <p className="muted">
                Keep it if you may want someone to try to repair it later; Threadline will not touch
                it again.
              </p>
            </>
          )}
          <button type="button" className="button primary" onClick={onDone} autoFocus>
            Open Threadline
          </button>
        </div>
      </main>
    );
  }

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <div className="card recovery-card">
        <p className="eyebrow">Your workspace needs attention</p>
        <h1 id="recovery-title">Threadline could not open your workspace</h1>
        <p className="recovery-lede">{info.recovery?.problem}</p>
        {info.recovery?.missing ? (
          <p>
            It belongs at <code className="recovery-path">{info.recovery.databaseFile}</code>.
            Restore a backup to carry on where it was made, or start fresh.
          </p>
        ) : (
          <p>
            The file is at <code className="recovery-path">{info.recovery?.databaseFile}</code>.
            Threadline has not changed it, and it keeps it aside whichever way you choose below.
          </p>
        )}
        <ErrorBanner error={backups.error ?? restore.error ?? fresh.error} />

        <section className="recovery-choice" aria-labelledby="recovery-restore-title">
          <h2 id="recovery-restore-title">Restore the newest backup</h2>
          {backups.isPending ? (
            <p className="loading">Looking for backups…</p>
          ) : newest ? (
            <p>
              The newest backup is from {formatMoment(newest.createdAt)} (
              {BACKUP_REASON_LABELS[newest.reason].toLowerCase()}). If it turns out to be damaged
              too, Threadline uses the next newest that passes its check.
            </p>
          ) : (
            <p>There are no backups in {info.backupDir}, so there is nothing to restore.</p>
          )}
          <button
            type="button"
            className="button primary"
            onClick={restoreLatest}
            disabled={pending || !newest}
          >
            {restore.isPending ? 'Restoring…' : 'Restore the newest backup'}
          </button>
        </section>

        <section className="recovery-choice" aria-labelledby="recovery-fresh-title">
          <h2 id="recovery-fresh-title">Start fresh</h2>
          <p>
            Begin again with an empty workspace. Use this when there is no backup, or when you will
            import an export file from Settings afterwards.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => setConfirmingFresh(true)}
            disabled={pending}
          >
            Start fresh
          </button>
        </section>
      </div>
      <Dialog
        title="Start with an empty workspace?"
        open={confirmingFresh}
        onClose={() => setConfirmingFresh(false)}
        description={
          <p>
            Your teams and retros will not be in the new workspace. The backups and any damaged file
            are kept, so nothing is deleted.
          </p>
        }
      >
        <div className="button-row">
          <button
            type="button"
            className="button danger"
            onClick={startFresh}
            disabled={fresh.isPending}
          >
            Yes, start fresh
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setConfirmingFresh(false)}
            autoFocus
          >
            Cancel
          </button>
        </div>
      </Dialog>
    </main>
  );
}
