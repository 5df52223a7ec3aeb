import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FormButtons } from '@renderer/components/FormButtons';
import { SelectField } from '@renderer/components/SelectField';
import { TextLimitNote, textLimit } from '@renderer/components/TextLimit';
import { useEditBase } from '@renderer/hooks/use-edit-base';
import type { PracticeId } from '@shared/practices';
import { CARD_TEXT_MAX, type Card, type CardKind } from '@shared/sessions';
import { type FormEvent, useId, useState } from 'react';
import { KIND_OPTIONS, SHORT_PRACTICE_OPTIONS } from './card-options';
import { useUpdateCard } from './mutations';

export function EditCardForm({ card, onDone }: { card: Card; onDone: () => void }) {
  const [text, setText] = useState(card.text);
  const [practiceId, setPracticeId] = useState<PracticeId>(card.practiceId);
  const [kind, setKind] = useState<CardKind>(card.kind);
  const id = useId();
  const save = useUpdateCard();
  const expected = useEditBase(card.text, save.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (textLimit(text, CARD_TEXT_MAX).over > 0) {
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    save.mutate(
      { cardId: card.id, text, practiceId, kind, expected: { text: expected } },
      { onSuccess: onDone },
    );
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
          value={text}
          aria-invalid={textLimit(text, CARD_TEXT_MAX).over > 0 ? true : undefined}
          aria-describedby={`${id}-text-message`}
          onChange={(event) => setText(event.target.value)}
          autoFocus
        />
        <TextLimitNote id={`${id}-text-message`} text={text} max={CARD_TEXT_MAX} />
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
      <FormButtons submitLabel="Save card" pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
