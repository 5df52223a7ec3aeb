import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { TextField } from '@renderer/components/TextField';
import { plural, pluralWord } from '@shared/format';
import { type FormEvent, useState } from 'react';
import type { StageProps } from '../../stage-props';
import { useRevealAllCards } from '../reflect/mutations';
import { CardTags } from './CardTags';
import { GroupBox } from './GroupBox';
import { useCreateGroup } from './mutations';
import './grouping.css';

/** Step 1: tick loose cards that say the same thing and group them, or add them to a group. */
export function Grouping({ view, readOnly }: StageProps) {
  const [selected, setSelected] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const loose = view.cards.filter((card) => !card.groupId);
  const chosen = selected.filter((id) => loose.some((card) => card.id === id));
  const hidden = view.cards.filter((card) => card.hidden).length;
  const sessionId = view.session.id;
  const create = useCreateGroup();
  const reveal = useRevealAllCards();

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { sessionId, title, cardIds: chosen },
      {
        onSuccess: () => {
          setSelected([]);
          setTitle('');
        },
      },
    );
  }

  const toggle = (cardId: string, on: boolean) =>
    setSelected((list) => (on ? [...list, cardId] : list.filter((id) => id !== cardId)));

  return (
    <section className="gv-section" aria-labelledby="gv-grouping">
      <h3 id="gv-grouping">1. Group similar cards</h3>
      {hidden > 0 && (
        <div className="gv-note" role="status">
          <p>
            {plural(hidden, 'card')} {pluralWord(hidden, 'is')} still hidden on the shared screen,
            so the team cannot see {pluralWord(hidden, 'it')} yet.
          </p>
          {!readOnly && (
            <button type="button" className="button" onClick={() => reveal.mutate({ sessionId })}>
              Reveal all cards ({hidden})
            </button>
          )}
          <ErrorBanner error={reveal.error} />
        </div>
      )}
      {view.cards.length === 0 && (
        <p className="empty-note">No cards yet. Collect them in the Reflect stage first.</p>
      )}

      {view.groups.length > 0 && (
        <ul className="gv-groups" aria-label="Groups">
          {view.groups.map((group) => (
            <GroupBox
              key={group.id}
              group={group}
              view={view}
              readOnly={readOnly}
              selected={chosen}
              onAdded={() => setSelected([])}
            />
          ))}
        </ul>
      )}

      {loose.length > 0 && (
        <form className="gv-loose" onSubmit={submit} noValidate>
          <h4>{view.groups.length > 0 ? 'Cards not in a group' : 'Cards'}</h4>
          {!readOnly && (
            <p className="muted">
              Tick cards that say the same thing, give them a title, then group them.
            </p>
          )}
          <ul className="gv-card-list">
            {loose.map((card) => (
              <li key={card.id} className={`gv-card ${card.kind}`}>
                {readOnly ? (
                  <span className="gv-card-text">{card.text}</span>
                ) : (
                  <label>
                    <input
                      type="checkbox"
                      checked={chosen.includes(card.id)}
                      onChange={(event) => toggle(card.id, event.target.checked)}
                    />
                    <span className="gv-card-text">{card.text}</span>
                  </label>
                )}
                <CardTags card={card} />
              </li>
            ))}
          </ul>
          {!readOnly && (
            <div className="gv-group-form">
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
                {chosen.length} selected
              </p>
            </div>
          )}
          {create.error && create.error.field !== 'title' && <ErrorBanner error={create.error} />}
        </form>
      )}
    </section>
  );
}
