import { CARD_KIND_LABELS } from '@shared/format';
import type { OwnCard, ParticipantView } from '@shared/participant-view';
import { PRACTICES, type PracticeId, practiceById } from '@shared/practices';
import type { CardKind } from '@shared/sessions';
import { type FormEvent, useState } from 'react';
import { ErrorText } from '../ErrorText';
import { useSubmit } from '../use-submit';
import { OwnCardItem } from './OwnCardItem';

/** Reflect: this device writes its own cards; others' cards appear only once revealed. */
export function CardsStep({ view, onSaved }: { view: ParticipantView; onSaved: () => void }) {
  const [practiceId, setPracticeId] = useState<PracticeId>(
    view.shared.reflectOrder[0] ?? 'reward-initiative',
  );
  const [kind, setKind] = useState<CardKind>('went_well');
  const [text, setText] = useState('');
  const add = useSubmit('device.addCard', onSaved);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await add.submit({ practiceId, kind, text })) setText('');
  };
  const revealed = view.shared.cards;
  return (
    <>
      <form className="p-card" onSubmit={submit} aria-labelledby="p-reflect">
        <h1 id="p-reflect">Write a card</h1>
        <p className="p-hint">Cards carry no name. Nobody sees them until they are revealed.</p>
        <label className="p-field">
          <span>Practice</span>
          <select value={practiceId} onChange={(e) => setPracticeId(e.target.value as PracticeId)}>
            {PRACTICES.map((practice) => (
              <option key={practice.id} value={practice.id}>
                {practice.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="p-choice">
          <legend>Kind</legend>
          {(['went_well', 'to_improve'] as const).map((option) => (
            <label key={option} className={kind === option ? 'selected' : ''}>
              <input
                type="radio"
                name="kind"
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              {CARD_KIND_LABELS[option]}
            </label>
          ))}
        </fieldset>
        <label className="p-field">
          <span>Card</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} />
        </label>
        <ErrorText error={add.error} />
        <button type="submit" className="p-button primary" disabled={add.pending}>
          Add card
        </button>
      </form>
      {view.me.cards.length > 0 && (
        <section className="p-card" aria-labelledby="p-mine">
          <h2 id="p-mine">Your cards, not yet revealed</h2>
          <ul className="p-list">
            {view.me.cards.map((card: OwnCard) => (
              <OwnCardItem key={card.id} card={card} onSaved={onSaved} />
            ))}
          </ul>
        </section>
      )}
      <section className="p-card" aria-labelledby="p-revealed">
        <h2 id="p-revealed">Revealed cards</h2>
        {revealed.length === 0 ? (
          <p className="p-muted">None yet: cards show here once the facilitator reveals them.</p>
        ) : (
          <ul className="p-list">
            {revealed.map((card) => (
              <li key={card.id}>
                <span className="p-tag">{practiceById(card.practiceId).shortName}</span> {card.text}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
