import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { TextField } from '@renderer/components/TextField';
import { type FormEvent, useState } from 'react';
import { useCreateGroup } from './mutations';
import './group-form.css';

/** Grouping without dragging: tick loose cards, give them a title, group them. */
export function GroupForm({
  sessionId,
  selected,
  onGrouped,
}: {
  sessionId: string;
  selected: string[];
  onGrouped: () => void;
}) {
  const [title, setTitle] = useState('');
  const create = useCreateGroup();

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { sessionId, title, cardIds: selected },
      {
        onSuccess: () => {
          setTitle('');
          onGrouped();
        },
      },
    );
  }

  return (
    <form className="gv-group-form" onSubmit={submit} noValidate aria-label="Group ticked cards">
      <TextField
        label="Group title"
        value={title}
        maxLength={200}
        placeholder="e.g. Releases surprise support"
        onChange={(event) => setTitle(event.target.value)}
        error={create.error?.field === 'title' ? create.error.message : undefined}
      />
      <button type="submit" className="button primary" disabled={create.isPending}>
        Group selected cards
      </button>
      <p className="gv-selected" aria-live="polite">
        {selected.length} selected
      </p>
      {create.error && create.error.field !== 'title' && <ErrorBanner error={create.error} />}
    </form>
  );
}
