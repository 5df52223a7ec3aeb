import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { BackupsSection } from './BackupsSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { useAppInfo } from './queries';
import './settings.css';

export function SettingsPage() {
  const info = useAppInfo();

  return (
    <section className="page settings" aria-labelledby="settings-title">
      <div className="page-head">
        <div>
          <h1 id="settings-title">Settings and data</h1>
          <p className="muted">
            Where your retros are kept, backups, and moving your history to another computer.
          </p>
        </div>
      </div>
      <section className="card settings-section" aria-labelledby="location-title">
        <h2 id="location-title">Where your data lives</h2>
        <ErrorBanner error={info.error} />
        {info.data && (
          <dl className="settings-facts">
            <dt>Workspace file</dt>
            <dd>
              <code>{info.data.databaseFile}</code>
            </dd>
            <dt>Backups folder</dt>
            <dd>
              <code>{info.data.backupDir}</code>
            </dd>
            <dt>Running as</dt>
            <dd>
              {info.data.mode === 'desktop' ? 'Desktop app' : 'Browser mode'}, version{' '}
              {info.data.version}
            </dd>
          </dl>
        )}
        <p className="muted">
          Everything stays on this computer in that one file; nothing is sent anywhere.
        </p>
      </section>
      <BackupsSection />
      <ExportSection />
      <ImportSection />
    </section>
  );
}
