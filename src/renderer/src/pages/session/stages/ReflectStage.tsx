import { api } from '@renderer/api/client';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FormButtons } from '@renderer/components/FormButtons';
import { SelectField } from '@renderer/components/SelectField';
import { useAction } from '@renderer/hooks/use-action';
import { useEditBase } from '@renderer/hooks/use-edit-base';
import { PRACTICES, type Practice, type PracticeId } from '@shared/practices';
import { CARD_TEXT_MAX, type Card, type CardKind, type SessionView } from '@shared/sessions';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { StageProps } from '../stage-props';
import './reflect.css';

const KINDS: { id: CardKind; label: string }[] = [
  { id: 'went_well', label: 'Went well' },
  { id: 'to_improve', label: 'To improve' },
];
const KIND_OPTIONS = KINDS.map((kind) => ({ value: kind.id, label: kind.label }));
const PRACTICE_OPTIONS = PRACTICES.map((practice) => ({
  value: practice.id,
  label: practice.name,
}));
const SHORT_PRACTICE_OPTIONS = PRACTICES.map((practice) => ({
  value: practice.id,
  label: practice.shortName,
}));

export function ReflectStage({ view, readOnly }: StageProps) {
  const hidden = view.cards.filter((card) => card.hidden).length;
  return (
    <div className="reflect">
      {!readOnly && <AddCardForm view={view} />}
      {hidden > 0 && (
        <HiddenCardsBar sessionId={view.session.id} hidden={hidden} readOnly={readOnly} />
      )}
      {view.cards.length === 0 && (
        <p className="empty-note">
          {readOnly
            ? 'No cards were written in this session.'
            : 'No cards yet. Read the prompts below aloud, give the team a few quiet minutes, then type each card in.'}
        </p>
      )}
      {PRACTICES.map((practice) => (
        <PracticeCards key={practice.id} practice={practice} view={view} readOnly={readOnly} />
      ))}
    </div>
  );
}

function HiddenCardsBar({
  sessionId,
  hidden,
  readOnly,
}: {
  sessionId: string;
  hidden: number;
  readOnly: boolean;
}) {
  const reveal = useAction(() => api.call('cards.revealAll', { sessionId }));
  return (
    <div className="reflect-hidden-bar" role="status">
      <p>
        <strong>
          {hidden} {hidden === 1 ? 'card is' : 'cards are'} hidden on the shared screen.
        </strong>{' '}
        {!readOnly && 'Reveal them together once everyone has finished writing.'}
      </p>
      {!readOnly && (
        <button
          type="button"
          className="button primary"
          onClick={() => reveal.run()}
          disabled={reveal.pending}
        >
          Reveal all cards ({hidden})
        </button>
      )}
      <ErrorBanner error={reveal.error} />
    </div>
  );
}

function AddCardForm({ view }: { view: SessionView }) {
  const [practiceId, setPracticeId] = useState<PracticeId>(PRACTICES[0]?.id ?? 'reward-initiative');
  const [kind, setKind] = useState<CardKind>('went_well');
  const [text, setText] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const add = useAction(() =>
    api.call('cards.add', { sessionId: view.session.id, practiceId, kind, text }),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await add.run()) {
      setText('');
      textRef.current?.focus();
    }
  }

  const textError = add.error?.field === 'text' ? add.error.message : undefined;
  return (
    <form className="reflect-add card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add a card</h3>
      <div className="reflect-add-choices">
        <SelectField
          label="Practice"
          value={practiceId}
          options={PRACTICE_OPTIONS}
          onChange={setPracticeId}
        />
        <fieldset className="reflect-kind">
          <legend>Kind of card</legend>
          {KINDS.map((option) => (
            <label key={option.id} className={`reflect-kind-option ${option.id}`}>
              <input
                type="radio"
                name={`${id}-kind`}
                value={option.id}
                checked={kind === option.id}
                onChange={() => setKind(option.id)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Card text</label>
        <textarea
          id={`${id}-text`}
          ref={textRef}
          rows={2}
          maxLength={CARD_TEXT_MAX}
          value={text}
          aria-invalid={textError ? true : undefined}
          aria-describedby={`${id}-text-message`}
          placeholder="One idea per card, e.g. “Ana told support about the outage before anyone asked”"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
        {textError ? (
          <p id={`${id}-text-message`} className="field-error" role="alert">
            {textError}
          </p>
        ) : (
          <p id={`${id}-text-message`} className="field-hint">
            Press Enter to add. {text.length}/{CARD_TEXT_MAX} characters.
            {view.session.hideCardsUntilReveal &&
              ' New cards stay hidden on the shared screen until you reveal them.'}
          </p>
        )}
      </div>
      {add.error && !textError && <ErrorBanner error={add.error} />}
      <FormButtons submitLabel="Add card" pending={add.pending} />
    </form>
  );
}

function PracticeCards({
  practice,
  view,
  readOnly,
}: {
  practice: Practice;
  view: SessionView;
  readOnly: boolean;
}) {
  const cards = view.cards.filter((card) => card.practiceId === practice.id);
  const prompts = view.prompts[practice.id];
  const headingId = useId();
  // Prompts start open while a practice has no cards, when the facilitator reads them aloud.
  const [promptsOpen] = useState(cards.length === 0 && !readOnly);
  return (
    <section className="reflect-practice" aria-labelledby={headingId}>
      <h3 id={headingId} className="reflect-practice-title">
        {practice.name}
        <span className="reflect-count">
          {cards.length} {cards.length === 1 ? 'card' : 'cards'}
        </span>
      </h3>
      <div className="reflect-columns">
        {KINDS.map((kind) => {
          const list = cards.filter((card) => card.kind === kind.id);
          const kindPrompts = kind.id === 'went_well' ? prompts.wentWell : prompts.toImprove;
          return (
            <div key={kind.id} className={`reflect-column ${kind.id}`}>
              <h4>{kind.label}</h4>
              {kindPrompts.length > 0 && (
                <details className="reflect-prompts" open={promptsOpen}>
                  <summary>Prompts to read aloud</summary>
                  <ul>
                    {kindPrompts.map((prompt) => (
                      <li key={prompt}>{prompt}</li>
                    ))}
                  </ul>
                </details>
              )}
              {list.length > 0 ? (
                <ul className="reflect-cards" aria-label={`${practice.shortName}: ${kind.label}`}>
                  {list.map((card) => (
                    <CardItem key={card.id} card={card} view={view} readOnly={readOnly} />
                  ))}
                </ul>
              ) : (
                <p className="reflect-none">No cards yet.</p>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function CardItem({ card, view, readOnly }: { card: Card; view: SessionView; readOnly: boolean }) {
  const [mode, setMode] = useState<'show' | 'edit' | 'delete'>('show');
  const group = view.groups.find((g) => g.id === card.groupId);
  return (
    <li className={`reflect-card ${card.hidden ? 'hidden-card' : ''}`}>
      {mode === 'edit' ? (
        <EditCardForm card={card} onDone={() => setMode('show')} />
      ) : (
        <>
          <p className="reflect-card-text">{card.text}</p>
          {(card.hidden || group) && (
            <p className="reflect-card-meta">
              {card.hidden && <span className="badge">hidden on the shared screen</span>}
              {group && <span className="badge">in group: {group.title}</span>}
            </p>
          )}
          {!readOnly && (
            <div className="reflect-card-actions">
              <button
                type="button"
                className="button quiet"
                aria-label={`Edit card: ${card.text}`}
                onClick={() => setMode('edit')}
              >
                Edit
              </button>
              <button
                type="button"
                className="button quiet danger-text"
                aria-label={`Delete card: ${card.text}`}
                onClick={() => setMode('delete')}
              >
                Delete
              </button>
            </div>
          )}
        </>
      )}
      {mode === 'delete' && (
        <DeleteCardDialog card={card} view={view} onClose={() => setMode('show')} />
      )}
    </li>
  );
}

function EditCardForm({ card, onDone }: { card: Card; onDone: () => void }) {
  const [text, setText] = useState(card.text);
  const [practiceId, setPracticeId] = useState<PracticeId>(card.practiceId);
  const [kind, setKind] = useState<CardKind>(card.kind);
  const id = useId();
  const guarded = useEditBase(card.text);
  const save = useAction(() =>
    guarded((expected) =>
      api.call('cards.update', {
        cardId: card.id,
        text,
        practiceId,
        kind,
        expected: { text: expected },
      }),
    ),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await save.run()) onDone();
  }

  return (
    <form
      className="reflect-edit"
      onSubmit={submit}
      noValidate
      aria-label={`Edit card: ${card.text}`}
    >
      <div className="field">
        <label htmlFor={`${id}-text`}>Edit card text</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          maxLength={CARD_TEXT_MAX}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoFocus
        />
      </div>
      <div className="reflect-edit-row">
        <SelectField
          label="Practice for this card"
          value={practiceId}
          options={SHORT_PRACTICE_OPTIONS}
          onChange={setPracticeId}
        />
        <SelectField
          label="Went well or to improve"
          value={kind}
          options={KIND_OPTIONS}
          onChange={setKind}
        />
      </div>
      <ErrorBanner error={save.error} />
      <FormButtons submitLabel="Save card" pending={save.pending} onCancel={onDone} />
    </form>
  );
}

function DeleteCardDialog({
  card,
  view,
  onClose,
}: {
  card: Card;
  view: SessionView;
  onClose: () => void;
}) {
  const group = view.groups.find((g) => g.id === card.groupId);
  const dots = view.items.find((item) => item.ref.kind === 'card' && item.ref.id === card.id)?.dots;

  return (
    <ConfirmDialog
      title="Delete this card?"
      description={
        <>
          <p className="reflect-quote">“{card.text}”</p>
          {group &&
            (group.cardIds.length <= 2 ? (
              <p>
                It is one of the last two cards in the group “{group.title}”, so that group is
                ungrouped too and its votes are removed.
              </p>
            ) : (
              <p>It is taken out of the group “{group.title}”.</p>
            ))}
          {dots ? (
            <p>
              Its {dots} {dots === 1 ? 'dot is' : 'dots are'} removed as well.
            </p>
          ) : null}
          <p>This cannot be undone.</p>
        </>
      }
      confirmLabel="Delete this card"
      cancelLabel="Keep it"
      onConfirm={() => api.call('cards.delete', { cardId: card.id })}
      onClose={onClose}
    />
  );
}
