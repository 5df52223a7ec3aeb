import { api } from '@renderer/api/client';
import { Dialog } from '@renderer/components/Dialog';
import { TextField } from '@renderer/components/TextField';
import { useAction } from '@renderer/hooks/use-action';
import { useEditBase } from '@renderer/hooks/use-edit-base';
import type { Team } from '@shared/teams';
import { type FormEvent, useState } from 'react';

export function RenameTeamDialog({ team, onClose }: { team: Team; onClose: () => void }) {
  const [name, setName] = useState(team.name);
  const guarded = useEditBase(team.name);
  const rename = useAction((next: string) =>
    guarded((expected) =>
      api.call('teams.rename', { teamId: team.id, name: next, expected: { name: expected } }),
    ),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await rename.run(name)) onClose();
  }

  return (
    <Dialog title={`Rename ${team.name}`} open onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label="Team name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={rename.error?.message}
          maxLength={120}
          autoComplete="off"
          autoFocus
        />
        <div className="button-row">
          <button type="submit" className="button primary" disabled={rename.pending}>
            Save name
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
