import { Dialog } from '@renderer/components/Dialog';
import { TextField } from '@renderer/components/TextField';
import { useEditBase } from '@renderer/hooks/use-edit-base';
import type { Team } from '@shared/teams';
import { type FormEvent, useState } from 'react';
import { useRenameTeam } from './mutations';

export function RenameTeamDialog({ team, onClose }: { team: Team; onClose: () => void }) {
  const [name, setName] = useState(team.name);
  const rename = useRenameTeam();
  const expected = useEditBase(team.name, rename.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    rename.mutate({ teamId: team.id, name, expected: { name: expected } }, { onSuccess: onClose });
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
          <button type="submit" className="button primary" disabled={rename.isPending}>
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
