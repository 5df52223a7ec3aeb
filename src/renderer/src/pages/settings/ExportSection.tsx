import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useTeams } from '@renderer/pages/team/queries';
import type { ExportFile } from '@shared/portability';
import { useId, useState } from 'react';
import { downloadFile } from './download';
import { useExportTeam, useExportWorkspace } from './mutations';

export function ExportSection() {
  const teams = useTeams();
  const [teamId, setTeamId] = useState('');
  const [saved, setSaved] = useState<string>();
  // Notes are the facilitator's private jottings: a file that travels leaves them out by default.
  const [includeNotes, setIncludeNotes] = useState(false);
  const selectId = useId();
  const notesId = useId();
  const [savedWithNotes, setSavedWithNotes] = useState(false);
  const save = (file: ExportFile) => {
    downloadFile(file);
    setSaved(file.fileName);
    setSavedWithNotes(includeNotes);
  };
  const workspace = useExportWorkspace({ onMutate: () => setSaved(undefined), onSuccess: save });
  const team = useExportTeam({ onMutate: () => setSaved(undefined), onSuccess: save });
  const pending = workspace.isPending || team.isPending;
  const chosen = teams.data?.some((team) => team.id === teamId) ? teamId : '';

  return (
    <section className="card settings-section" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="muted">
        One file with every team, member, retro, rating, card, vote, action and commitment. Keep it
        somewhere safe, or import it into Threadline on another computer.
      </p>
      <div className="settings-notes-choice">
        <label>
          <input
            type="checkbox"
            checked={includeNotes}
            aria-describedby={notesId}
            onChange={(event) => setIncludeNotes(event.target.checked)}
          />
          Include facilitator notes
        </label>
        <p id={notesId} className="muted small">
          Notes are private to the facilitator, so they are left out unless you tick this. The file
          says which, and so does its preview when it is imported.
        </p>
      </div>
      <div className="settings-export">
        <button
          type="button"
          className="button primary"
          disabled={pending}
          onClick={() => workspace.mutate({ includeNotes })}
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
          disabled={pending || chosen === ''}
          onClick={() => team.mutate({ teamId: chosen, includeNotes })}
        >
          Export team
        </button>
      </div>
      <ErrorBanner error={workspace.error ?? team.error ?? teams.error} />
      {saved && (
        <p className="settings-success" role="status">
          “{saved}” is ready: find it in your downloads, or where you chose to save it.{' '}
          {savedWithNotes ? 'It includes facilitator notes.' : 'Facilitator notes were left out.'}
        </p>
      )}
    </section>
  );
}
