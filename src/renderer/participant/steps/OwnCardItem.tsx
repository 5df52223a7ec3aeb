import type { AppError } from '@shared/errors';
import type { OwnCard } from '@shared/participant-view';
import { practiceById } from '@shared/practices';
import { type FormEvent, useState } from 'react';
import { call } from '../client';
import { ErrorText } from '../ErrorText';

/** One of this device's hidden cards: it may still change or delete it. */
export function OwnCardItem({ card, onSaved }: { card: OwnCard; onSaved: () => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(card.text);
  const [error, setError] = useState<AppError | null>(null);
  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      setEditing(false);
      onSaved();
    } catch (caught) {
      setError(caught as AppError);
    }
  }
  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(() => call('device.editCard', { cardId: card.id, text }));
  };
  return (
    <li>
      {editing ? (
        <form onSubmit={save}>
          <label className="p-field">
            <span>Change the card</span>
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} />
          </label>
          <div className="p-row">
            <button type="submit" className="p-button primary">
              Save card
            </button>
            <button type="button" className="p-button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p>
            <span className="p-tag">{practiceById(card.practiceId).shortName}</span> {card.text}
          </p>
          <div className="p-row">
            <button type="button" className="p-button" onClick={() => setEditing(true)}>
              Edit <span className="visually-hidden">“{card.text}”</span>
            </button>
            <button
              type="button"
              className="p-button"
              onClick={() => void run(() => call('device.deleteCard', { cardId: card.id }))}
            >
              Delete <span className="visually-hidden">“{card.text}”</span>
            </button>
          </div>
        </>
      )}
      <ErrorText error={error} />
    </li>
  );
}
