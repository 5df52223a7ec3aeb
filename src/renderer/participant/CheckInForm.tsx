import { type FormEvent, useState } from 'react';
import { ErrorText } from './ErrorText';
import { useSubmit } from './use-submit';

/** Who is here: a name only if the person wants one; the one word is never tied to it. */
export function CheckInForm({ onSaved }: { onSaved: () => void }) {
  const [name, setName] = useState('');
  const [word, setWord] = useState('');
  const save = useSubmit('device.checkIn', onSaved);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.submit({ name, word });
  };
  return (
    <form className="p-card" onSubmit={submit} aria-labelledby="p-checkin">
      <h1 id="p-checkin">Check in</h1>
      <label className="p-field">
        <span>Your name (optional)</span>
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="given-name" />
      </label>
      <p className="p-hint">
        Leave it empty to take part as a guest. Your ratings, cards and dots are never stored with
        your name.
      </p>
      <label className="p-field">
        <span>One word for how you arrive (optional)</span>
        <input value={word} onChange={(e) => setWord(e.target.value)} autoComplete="off" />
      </label>
      <p className="p-hint">The word shows on the shared screen without your name.</p>
      <ErrorText error={save.error} />
      <button type="submit" className="p-button primary" disabled={save.pending}>
        Check in
      </button>
    </form>
  );
}
