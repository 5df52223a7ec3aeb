import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useEffect, useId, useRef, useState } from 'react';
import { useUpdateSession } from './mutations';

const SAVE_DELAY_MS = 600;

/** Private notes, saved as they are typed. Never shown on the shared screen. */
export function NotesPanel({
  sessionId,
  notes,
  readOnly,
}: {
  sessionId: string;
  notes: string;
  readOnly: boolean;
}) {
  const id = useId();
  const [draft, setDraft] = useState(notes);
  const [saved, setSaved] = useState(true);
  const timer = useRef<number | undefined>(undefined);
  const save = useUpdateSession();

  useEffect(() => {
    if (saved) setDraft(notes);
  }, [notes, saved]);

  function schedule(text: string) {
    setDraft(text);
    setSaved(false);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => flush(text), SAVE_DELAY_MS);
  }

  function flush(text: string) {
    window.clearTimeout(timer.current);
    save.mutate({ sessionId, notes: text }, { onSuccess: () => setSaved(true) });
  }

  return (
    <section className="notes-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Facilitator notes</h2>
      <p className="muted small">Private. Never shown on the shared screen.</p>
      <label htmlFor={id} className="visually-hidden">
        Facilitator notes
      </label>
      <textarea
        id={id}
        value={draft}
        readOnly={readOnly}
        onChange={(event) => schedule(event.target.value)}
        onBlur={() => !saved && flush(draft)}
        rows={10}
        placeholder="Observations, names to follow up, things to raise later…"
      />
      <p className="notes-status small" aria-live="polite">
        {readOnly ? 'Read-only' : saved ? 'Saved' : 'Saving…'}
      </p>
      <ErrorBanner error={save.error} />
    </section>
  );
}
