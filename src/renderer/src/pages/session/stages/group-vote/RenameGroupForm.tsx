import { FormButtons } from '@renderer/components/FormButtons';
import { TextField } from '@renderer/components/TextField';
import { useEditBase } from '@renderer/hooks/use-edit-base';
import type { CardGroup } from '@shared/sessions';
import { type FormEvent, useState } from 'react';
import { useRenameGroup } from './mutations';
import './group-form.css';

export function RenameGroupForm({ group, onDone }: { group: CardGroup; onDone: () => void }) {
  const [title, setTitle] = useState(group.title);
  const rename = useRenameGroup();
  const expected = useEditBase(group.title, rename.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    rename.mutate(
      { groupId: group.id, title, expected: { title: expected } },
      { onSuccess: onDone },
    );
  }

  return (
    <form className="gv-rename" onSubmit={submit} noValidate>
      <TextField
        label="New group title"
        value={title}
        maxLength={200}
        autoFocus
        onChange={(event) => setTitle(event.target.value)}
        error={rename.error?.message}
      />
      <FormButtons submitLabel="Save title" pending={rename.isPending} onCancel={onDone} />
    </form>
  );
}
