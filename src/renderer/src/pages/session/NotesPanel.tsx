import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { StaleTextNotice } from '@renderer/components/StaleTextNotice';
import { useSharedText } from '@renderer/hooks/use-shared-text';
import { memo, useCallback, useId, useRef } from 'react';
import { useUpdateSession } from './mutations';

const SAVE_DELAY_MS = 600;

/**
 * Private notes, saved as they are typed. Never shown on the shared screen, nor on the console
 * while someone enters privately on it (`concealed`): then the notes leave the page, while what
 * was typed is kept and still saved.
 */
export const NotesPanel = memo(function NotesPanel({
  sessionId,
  notes,
  readOnly,
  concealed,
}: {
  sessionId: string;
  notes: string;
  readOnly: boolean;
  concealed: boolean;
}) {
  const id = useId();
  const timer = useRef<number | undefined>(undefined);
  const { mutateAsync: update } = useUpdateSession();
  const save = useCallback(
    (text: string, expected: string) =>
      update({ sessionId, notes: text, expected: { notes: expected } }),
    [update, sessionId],
  );
  const text = useSharedText(notes, save);

  function schedule(value: string) {
    text.edit(value);
    window.clearTimeout(timer.current);
    // While another window's newer notes wait for a choice, nothing is saved over them.
    if (text.conflict === null) timer.current = window.setTimeout(text.flush, SAVE_DELAY_MS);
  }

  function flushNow() {
    window.clearTimeout(timer.current);
    if (text.dirty && text.conflict === null) text.flush();
  }

  if (concealed) return null;
  return (
    <section className="notes-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Facilitator notes</h2>
      <p className="muted small">Private. Never shown on the shared screen.</p>
      <label htmlFor={id} className="visually-hidden">
        Facilitator notes
      </label>
      <textarea
        id={id}
        value={text.draft}
        readOnly={readOnly}
        onChange={(event) => schedule(event.target.value)}
        onBlur={flushNow}
        rows={10}
        placeholder="Observations, names to follow up, things to raise later…"
      />
      <p className="notes-status small" aria-live="polite">
        {readOnly
          ? 'Read-only'
          : text.conflict !== null
            ? 'Not saved'
            : text.dirty
              ? 'Saving…'
              : 'Saved'}
      </p>
      {text.conflict !== null && (
        <StaleTextNotice
          title="These notes were changed in another window while you were editing."
          saved={text.conflict}
          onKeepMine={text.keepMine}
          onTakeSaved={text.takeSaved}
        />
      )}
      <ErrorBanner error={text.error} />
    </section>
  );
});
