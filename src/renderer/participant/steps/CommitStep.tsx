import type { ParticipantView } from '@shared/participant-view';
import { COMMITMENT_QUESTION } from '@shared/stages';
import { type FormEvent, useState } from 'react';
import { ErrorText } from '../ErrorText';
import { useSubmit } from '../use-submit';

/** Act: the one thing this person will lead on; a commitment carries the name they give. */
export function CommitStep({ view, onSaved }: { view: ParticipantView; onSaved: () => void }) {
  const guest = view.me.name === null || /^Guest \d+$/.test(view.me.name);
  const [person, setPerson] = useState(guest ? '' : (view.me.name ?? ''));
  const [text, setText] = useState('');
  const save = useSubmit('device.commit', onSaved);
  if (view.me.commitment !== null) {
    return (
      <section className="p-card" aria-labelledby="p-commit">
        <h1 id="p-commit">Your commitment</h1>
        <p className="p-done">{view.me.commitment}</p>
      </section>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.submit({ person, text });
  };
  return (
    <form className="p-card" onSubmit={submit} aria-labelledby="p-commit">
      <h1 id="p-commit">Your commitment</h1>
      <p className="p-hint">{COMMITMENT_QUESTION}</p>
      <label className="p-field">
        <span>Your name</span>
        <input
          value={person}
          onChange={(e) => setPerson(e.target.value)}
          autoComplete="given-name"
        />
      </label>
      <p className="p-hint">A commitment is the one thing here that carries your name.</p>
      <label className="p-field">
        <span>I will lead on</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} />
      </label>
      <ErrorText error={save.error} />
      <button type="submit" className="p-button primary" disabled={save.pending}>
        Add my commitment
      </button>
    </form>
  );
}
