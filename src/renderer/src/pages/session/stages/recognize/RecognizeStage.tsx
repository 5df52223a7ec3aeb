import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FormButtons } from '@renderer/components/FormButtons';
import { TextField } from '@renderer/components/TextField';
import { TextLimitNote, textLimit } from '@renderer/components/TextLimit';
import { OUTCOME_LABELS } from '@shared/format';
import { CARD_TEXT_MAX, type Kudos, type KudosOutcome } from '@shared/sessions';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { StageProps } from '../../stage-props';
import { PeopleDatalist, usePeopleNames } from '../common/people-names';
import { RemovableRow } from '../common/removable-row';
import { useAddKudos, useDeleteKudos } from './mutations';
import './recognize.css';

const OUTCOMES = Object.keys(OUTCOME_LABELS) as KudosOutcome[];

export function RecognizeStage({ view, readOnly }: StageProps) {
  return (
    <div className="recognize">
      {!readOnly && <KudosForm view={view} />}
      <section aria-labelledby="recognize-list-title">
        <h3 id="recognize-list-title">
          Kudos so far {view.kudos.length > 0 && <span className="badge">{view.kudos.length}</span>}
        </h3>
        {view.kudos.length === 0 ? (
          <p className="empty-note">
            {readOnly
              ? 'No kudos were recorded in this session.'
              : 'No kudos yet. Ask the room: who stepped up without being asked?'}
          </p>
        ) : (
          <ul className="recognize-list">
            {view.kudos.map((kudos) => (
              <KudosRow key={kudos.id} kudos={kudos} readOnly={readOnly} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function KudosForm({ view }: { view: StageProps['view'] }) {
  const [act, setAct] = useState('');
  const [who, setWho] = useState('');
  const [outcome, setOutcome] = useState<KudosOutcome>('worked');
  const actRef = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  const people = usePeopleNames(view);
  const add = useAddKudos();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (textLimit(act, CARD_TEXT_MAX).over > 0) {
      actRef.current?.focus();
      return;
    }
    add.mutate(
      { sessionId: view.session.id, act, who, outcome },
      {
        onSuccess: () => {
          setAct('');
          setWho('');
          setOutcome('worked');
          actRef.current?.focus();
        },
      },
    );
  }

  const fieldError = (field: string) =>
    add.error?.field === field ? add.error.message : undefined;
  const actError = fieldError('act');
  const otherError =
    add.error && !['act', 'who'].includes(add.error.field ?? '') ? add.error : undefined;

  return (
    <form className="recognize-form card" onSubmit={submit} noValidate>
      <h3>Add kudos</h3>
      <div className="field">
        <label htmlFor={`${ids}-act`}>What did they do?</label>
        <textarea
          id={`${ids}-act`}
          ref={actRef}
          rows={3}
          value={act}
          placeholder="e.g. Noticed the release notes were missing and wrote them before anyone asked."
          aria-invalid={actError || textLimit(act, CARD_TEXT_MAX).over > 0 ? true : undefined}
          aria-describedby={`${ids}-act-message`}
          onChange={(event) => setAct(event.target.value)}
        />
        {actError ? (
          <p id={`${ids}-act-message`} className="field-error" role="alert">
            {actError}
          </p>
        ) : (
          <TextLimitNote id={`${ids}-act-message`} text={act} max={CARD_TEXT_MAX} />
        )}
      </div>
      <TextField
        label="Who"
        className="recognize-who"
        value={who}
        maxLength={200}
        list={`${ids}-people`}
        autoComplete="off"
        placeholder="Their name"
        error={fieldError('who')}
        onChange={(event) => setWho(event.target.value)}
      />
      <PeopleDatalist id={`${ids}-people`} names={people} />
      <fieldset className="recognize-outcome">
        <legend>How did it turn out?</legend>
        <div className="recognize-choices">
          {OUTCOMES.map((option) => (
            <label key={option} className={outcome === option ? 'chosen' : ''}>
              <input
                type="radio"
                name={`${ids}-outcome`}
                value={option}
                checked={outcome === option}
                onChange={() => setOutcome(option)}
              />
              {OUTCOME_LABELS[option]}
            </label>
          ))}
        </div>
        <p className="field-hint">
          Initiative counts either way. A bold try that did not work out deserves thanks too.
        </p>
      </fieldset>
      <ErrorBanner error={otherError} />
      <FormButtons submitLabel="Add kudos" pending={add.isPending} />
    </form>
  );
}

function KudosRow({ kudos, readOnly }: { kudos: Kudos; readOnly: boolean }) {
  const remove = useDeleteKudos();
  return (
    <RemovableRow
      className={`recognize-item recognize-${kudos.outcome}`}
      mainClassName="recognize-item-main"
      deleteLabel={`Delete kudos for ${kudos.who}: ${kudos.act}`}
      onDelete={() => remove.mutateAsync({ kudosId: kudos.id })}
      readOnly={readOnly}
    >
      <p className="recognize-act">{kudos.act}</p>
      <p className="recognize-meta">
        <strong>{kudos.who}</strong>
        <span className="recognize-tag">{OUTCOME_LABELS[kudos.outcome]}</span>
      </p>
    </RemovableRow>
  );
}
