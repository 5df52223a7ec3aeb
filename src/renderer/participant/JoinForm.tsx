import type { AppError } from '@shared/errors';
import { ROOM_CODE_LENGTH } from '@shared/participant-contract';
import { type FormEvent, useState } from 'react';
import { call } from './client';
import { ErrorText } from './ErrorText';

/** The room code, taken from the QR code's address when there is one. */
export function JoinForm({ onJoined }: { onJoined: (token: string) => void }) {
  const [code, setCode] = useState(() => window.location.hash.replace('#', ''));
  const [error, setError] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);

  async function join(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const { token } = await call('room.join', { code });
      window.history.replaceState(null, '', window.location.pathname);
      onJoined(token);
    } catch (caught) {
      setError(caught as AppError);
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="p-card" onSubmit={join} aria-labelledby="p-join">
      <h1 id="p-join">Join the retro</h1>
      <p>Enter the {ROOM_CODE_LENGTH}-character code shown on the shared screen.</p>
      <label className="p-field">
        <span>Room code</span>
        <input
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          aria-invalid={error?.field === 'code' || undefined}
          aria-describedby={error ? 'p-join-error' : undefined}
        />
      </label>
      <ErrorText error={error} id="p-join-error" />
      <button type="submit" className="p-button primary" disabled={pending}>
        Join
      </button>
    </form>
  );
}
