import { Dialog } from '@renderer/components/Dialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { TextField } from '@renderer/components/TextField';
import { localDate } from '@shared/calendar';
import { formatDate } from '@shared/format';
import type { SessionSummary } from '@shared/sessions';
import { type FormEvent, useState } from 'react';
import { useCreateSession } from './mutations';

interface NewSessionDialogProps {
  teamId: string;
  onClose: () => void;
  onCreated: (session: SessionSummary) => void;
}

export function NewSessionDialog({ teamId, onClose, onCreated }: NewSessionDialogProps) {
  const [date, setDate] = useState(localDate);
  const [title, setTitle] = useState(() => `Retro ${formatDate(localDate())}`);
  const create = useCreateSession();

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ teamId, title, date }, { onSuccess: onCreated });
  }

  const fieldError = (field: string) =>
    create.error?.field === field ? create.error.message : undefined;

  return (
    <Dialog title="New retro" open onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label="Title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldError('title')}
          maxLength={140}
          autoFocus
        />
        <TextField
          label="Date"
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={fieldError('date')}
        />
        {create.error && !create.error.field && <ErrorBanner error={create.error} />}
        <div className="button-row">
          <button type="submit" className="button primary" disabled={create.isPending}>
            Start retro
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
