import { api } from '@renderer/api/client';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useAction } from '@renderer/hooks/use-action';
import { useQuery } from '@renderer/hooks/use-query';
import type { ExportFile } from '@shared/portability';
import { useId, useState } from 'react';
import { downloadFile } from './download';

export function ExportSection() {
  const teams = useQuery('teams.list', { includeArchived: true });
  const [teamId, setTeamId] = useState('');
  const [saved, setSaved] = useState<string>();
  const selectId = useId();
  const save = useAction(async (request: () => Promise<ExportFile>) => {
    setSaved(undefined);
    const file = await request();
    downloadFile(file);
    setSaved(file.fileName);
  });
  const chosen = teams.data?.some((team) => team.id === teamId) ? teamId : '';

  return (
    <section className="card settings-section" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="muted">
        One file with every team, member, retro, rating, card, vote, action and commitment. Keep it
        somewhere safe, or import it into Threadline on another computer.
      </p>
      <div className="settings-export">
        <button
          type="button"
          className="button primary"
          disabled={save.pending}
          onClick={() => save.run(() => api.call('data.exportWorkspace', {}))}
        >
          Export workspace
        </button>
        <div className="field settings-team-field">
          <label htmlFor={selectId}>Team to export</label>
          <select id={selectId} value={chosen} onChange={(event) => setTeamId(event.target.value)}>
            <option value="">Choose a team…</option>
            {teams.data?.map((team) => (
              <option key={team.id} value={team.id}>
                {team.archived ? `${team.name} (archived)` : team.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button"
          disabled={save.pending || chosen === ''}
          onClick={() => save.run(() => api.call('data.exportTeam', { teamId: chosen }))}
        >
          Export team
        </button>
      </div>
      <ErrorBanner error={save.error ?? teams.error} />
      {saved && (
        <p className="settings-success" role="status">
          “{saved}” is ready: find it in your downloads, or where you chose to save it.
        </p>
      )}
    </section>
  );
}
