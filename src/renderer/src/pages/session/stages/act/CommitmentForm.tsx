import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FormButtons } from '@renderer/components/FormButtons';
import { TextLimitNote, textLimit } from '@renderer/components/TextLimit';
import { CARD_TEXT_MAX, type SessionView } from '@shared/sessions';
import { type FormEvent, useId, useState } from 'react';
import { PeopleDatalist, usePeopleNames } from '../common/people-names';
import { useAddCommitment } from './mutations';

/** A personal commitment: who, and where they will lead without waiting; chips for who is left. */
export function CommitmentForm({ view }: { view: SessionView }) {
  const [person, setPerson] = useState('');
  const [text, setText] = useState('');
  const ids = useId();
  const people = usePeopleNames(view);
  const waiting = view.participants.filter(
    (participant) => !view.commitments.some((c) => c.participantId === participant.id),
  );
  // The service links a typed name to the participant with that label.
  const add = useAddCommitment();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (textLimit(text, CARD_TEXT_MAX).over > 0) {
      document.getElementById(`${ids}-text`)?.focus();
      return;
    }
    add.mutate(
      { sessionId: view.session.id, participantId: null, person, text },
      {
        onSuccess: () => {
          setPerson('');
          setText('');
          document.getElementById(`${ids}-person`)?.focus();
        },
      },
    );
  }

  function writeFor(label: string) {
    setPerson(label);
    add.reset();
    document.getElementById(`${ids}-text`)?.focus();
  }

  const errorFor = (field: string) =>
    add.error?.field === field ? (
      <p id={`${ids}-${field}-error`} className="field-error" role="alert">
        {add.error.message}
      </p>
    ) : null;
  const invalid = (field: string) => (add.error?.field === field ? true : undefined);

  return (
    <div className="act-commit card">
      {waiting.length > 0 && (
        <div className="act-waiting">
          <p className="act-waiting-label">Still to answer:</p>
          <ul>
            {waiting.map((participant) => (
              <li key={participant.id}>
                <button
                  type="button"
                  className="button act-chip"
                  aria-label={`Write a commitment for ${participant.label}`}
                  onClick={() => writeFor(participant.label)}
                >
                  {participant.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="act-commit-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-person`}>Person</label>
          <input
            id={`${ids}-person`}
            value={person}
            maxLength={200}
            list={`${ids}-people`}
            autoComplete="off"
            placeholder="Name"
            aria-invalid={invalid('person') ?? invalid('participantId')}
            aria-describedby={add.error?.field ? `${ids}-${add.error.field}-error` : undefined}
            onChange={(event) => setPerson(event.target.value)}
          />
          <PeopleDatalist
            id={`${ids}-people`}
            names={[...new Set([...waiting.map((p) => p.label), ...people])]}
          />
          {errorFor('person') ?? errorFor('participantId')}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-text`}>Commitment</label>
          <textarea
            id={`${ids}-text`}
            rows={2}
            value={text}
            placeholder="e.g. I will set up the release checklist without waiting to be asked."
            aria-invalid={invalid('text') ?? (textLimit(text, CARD_TEXT_MAX).over > 0 || undefined)}
            aria-describedby={
              add.error?.field === 'text' ? `${ids}-text-error` : `${ids}-text-limit`
            }
            onChange={(event) => setText(event.target.value)}
          />
          {errorFor('text') ?? (
            <TextLimitNote id={`${ids}-text-limit`} text={text} max={CARD_TEXT_MAX} />
          )}
        </div>
        <ErrorBanner
          error={
            ['person', 'participantId', 'text'].includes(add.error?.field ?? '')
              ? undefined
              : add.error
          }
        />
        <FormButtons submitLabel="Add commitment" pending={add.isPending} />
      </form>
    </div>
  );
}
