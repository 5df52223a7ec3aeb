import { api } from '@renderer/api/client';
import { FormButtons } from '@renderer/components/FormButtons';
import { TextField } from '@renderer/components/TextField';
import { useAction } from '@renderer/hooks/use-action';
import type { CardGroup } from '@shared/sessions';
import { type FormEvent, useState } from 'react';

export function RenameGroupForm({ group, onDone }: { group: CardGroup; onDone: () => void }) {
  const [title, setTitle] = useState(group.title);
  const rename = useAction(() => api.call('groups.rename', { groupId: group.id, title }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if ((await rename.run()) !== undefined) onDone();
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
      <FormButtons submitLabel="Save title" pending={rename.pending} onCancel={onDone} />
    </form>
  );
}
