import { TextField } from '@renderer/components/TextField';
import type { Team } from '@shared/teams';
import { type FormEvent, useId, useState } from 'react';
import { useCreateTeam } from './mutations';

interface CreateTeamFormProps {
  onCreated: (team: Team) => void;
  onCancel?: () => void;
}

export function CreateTeamForm({ onCreated, onCancel }: CreateTeamFormProps) {
  const [name, setName] = useState('');
  const [members, setMembers] = useState('');
  const membersId = useId();
  const create = useCreateTeam();

  function submit(event: FormEvent) {
    event.preventDefault();
    const memberNames = members
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    create.mutate(
      { name, members: memberNames },
      {
        onSuccess: (team) => {
          setName('');
          setMembers('');
          onCreated(team);
        },
      },
    );
  }

  const nameError = create.error?.field === 'name' ? create.error.message : undefined;
  const otherError = create.error && !nameError ? create.error.message : undefined;

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField
        label="Team name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={nameError}
        maxLength={120}
        autoComplete="off"
        placeholder="e.g. Checkout squad"
        autoFocus
      />
      <div className="field">
        <label htmlFor={membersId}>Members (optional)</label>
        <textarea
          id={membersId}
          value={members}
          onChange={(event) => setMembers(event.target.value)}
          rows={4}
          placeholder={'One name per line.\nRetros can also run with anonymous participants.'}
        />
      </div>
      {otherError && (
        <p className="field-error" role="alert">
          {otherError}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={create.isPending}>
          Create team
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
