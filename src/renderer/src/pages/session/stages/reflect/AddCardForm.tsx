import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FormButtons } from '@renderer/components/FormButtons';
import { SelectField } from '@renderer/components/SelectField';
import { TextLimitNote, textLimit } from '@renderer/components/TextLimit';
import { PRACTICES, type PracticeId } from '@shared/practices';
import { CARD_TEXT_MAX, type CardKind, type SessionView } from '@shared/sessions';
import { type FormEvent, useId, useRef, useState } from 'react';
import { KINDS, PRACTICE_OPTIONS } from './card-options';
import { useAddCard } from './mutations';

export function AddCardForm({ view }: { view: SessionView }) {
  const [practiceId, setPracticeId] = useState<PracticeId>(PRACTICES[0]?.id ?? 'reward-initiative');
  const [kind, setKind] = useState<CardKind>('went_well');
  const [text, setText] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const add = useAddCard();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (textLimit(text, CARD_TEXT_MAX).over > 0) {
      textRef.current?.focus();
      return;
    }
    // The card shows at once, so the field is ready for the next one at once; a refused card's
    // words come back, unless something new has been typed meanwhile.
    add.mutate(
      { sessionId: view.session.id, practiceId, kind, text },
      { onError: () => setText((typed) => (typed === '' ? text : typed)) },
    );
    setText('');
    textRef.current?.focus();
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
          value={text}
          aria-invalid={textError || textLimit(text, CARD_TEXT_MAX).over > 0 ? true : undefined}
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
          <TextLimitNote id={`${id}-text-message`} text={text} max={CARD_TEXT_MAX} always>
            Press Enter to add.
            {view.session.hideCardsUntilReveal &&
              ' New cards stay hidden on the shared screen until you reveal them.'}
          </TextLimitNote>
        )}
      </div>
      {add.error && !textError && <ErrorBanner error={add.error} />}
      <FormButtons submitLabel="Add card" pending={add.isPending} />
    </form>
  );
}
