import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { PassTheLaptop } from '@renderer/components/PassTheLaptop';
import { TallyInput } from '@renderer/components/TallyInput';
import { useAction } from '@renderer/hooks/use-action';
import type { AppError } from '@shared/errors';
import { pluralWord } from '@shared/format';
import type { Distribution, Participant } from '@shared/sessions';
import { type FormEvent, type ReactNode, useState } from 'react';
import { sum } from './rating-parts';
import './ratings.css';

// The two ways the Pulse stage and the ROTI panel collect ratings: a tally or passing the laptop.

/** A show-of-fingers tally typed over the stored one and saved as a whole; `children` lead in. */
export function TallyForm({
  saved,
  privately,
  label,
  scaleLabels,
  onSave,
  className,
  children,
  ...labelling
}: {
  saved: Distribution;
  /** Ratings entered in private, which the tally must leave room for. */
  privately: number;
  /** Names the counts, e.g. "Tally for Model humility". */
  label: string;
  scaleLabels: readonly string[];
  onSave: (counts: Distribution) => Promise<unknown>;
  className: string;
  children: ReactNode;
  'aria-label'?: string;
  'aria-labelledby'?: string;
}) {
  const savedKey = saved.join(',');
  // A draft belongs to the tally it was typed over; once the stored tally changes, it is dropped.
  const [draft, setDraft] = useState<{ base: string; counts: Distribution } | null>(null);
  const counts = draft && draft.base === savedKey ? draft.counts : saved;
  const unsaved = counts.join(',') !== savedKey;
  const save = useAction(onSave);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(counts);
  };

  return (
    <form className={className} onSubmit={submit} {...labelling}>
      {children}
      <TallyInput
        label={label}
        counts={counts}
        scaleLabels={scaleLabels}
        onChange={(next) => {
          save.clearError();
          setDraft({ base: savedKey, counts: next });
        }}
      />
      <div className="ratings-tally-foot">
        <button
          type="submit"
          className={`button ${unsaved ? 'primary' : ''}`}
          disabled={save.pending || !unsaved}
        >
          Save tally
        </button>
        <span className="ratings-tally-sum">
          {unsaved
            ? `Not saved yet: ${sum(counts)} counted`
            : sum(saved) > 0
              ? `Saved: ${sum(saved)} counted`
              : 'Nothing counted yet'}
          {privately > 0 && `, plus ${privately} entered privately`}
        </span>
      </div>
      {save.error && (
        <p className="field-error" role="alert">
          {save.error.message}
        </p>
      )}
    </form>
  );
}

/** Who has entered in private so far, and the button that hands the laptop round. */
export function LaptopRound({
  what,
  participants,
  submitted,
  progress,
  listLabel,
  doneLabel,
  renderForm,
  className,
  children,
}: {
  /** What people enter, e.g. "pulse ratings". */
  what: string;
  participants: Participant[];
  submitted: string[];
  /** Ends the count line, e.g. "entered their ratings". */
  progress: string;
  listLabel: string;
  /** Read out after the name of someone who has entered, e.g. "entered". */
  doneLabel: string;
  renderForm: (participant: Participant, done: () => void) => ReactNode;
  className?: string;
  children?: ReactNode;
}) {
  const [passing, setPassing] = useState(false);
  const done = new Set(submitted);
  return (
    <div className={className ? `ratings-laptop ${className}` : 'ratings-laptop'}>
      {children}
      <p>
        <strong>
          {submitted.length} of {participants.length}
        </strong>{' '}
        {pluralWord(participants.length, 'person')} {pluralWord(participants.length, 'has')}{' '}
        {progress}
      </p>
      <ul className="ratings-people" aria-label={listLabel}>
        {participants.map((participant) => (
          <li key={participant.id} className={done.has(participant.id) ? 'done' : ''}>
            <span aria-hidden="true">{done.has(participant.id) ? '✓' : '○'}</span>{' '}
            {participant.label}
            <span className="visually-hidden">
              {done.has(participant.id) ? `: ${doneLabel}` : ': not yet'}
            </span>
          </li>
        ))}
      </ul>
      <button type="button" className="button primary" onClick={() => setPassing(true)}>
        {submitted.length === 0 ? 'Start passing the laptop' : 'Continue passing the laptop'}
      </button>
      {passing && (
        <PassTheLaptop
          what={what}
          participants={participants}
          submitted={submitted}
          onExit={() => setPassing(false)}
          renderForm={renderForm}
        />
      )}
    </div>
  );
}

/** One person's private entry while the laptop is passed round: their choices, then save. */
export function PrivateRatingForm({
  className,
  onSubmit,
  missing,
  error,
  pending,
  saveLabel,
  children,
}: {
  className: string;
  onSubmit: (event: FormEvent) => void;
  /** Says which choice is still to make. */
  missing: string | null;
  error: AppError | undefined;
  pending: boolean;
  saveLabel: string;
  children: ReactNode;
}) {
  return (
    <form className={className} onSubmit={onSubmit}>
      {children}
      {missing && (
        <p className="field-error" role="alert">
          {missing}
        </p>
      )}
      <ErrorBanner error={error} />
      <button type="submit" className="button primary ratings-private-save" disabled={pending}>
        {saveLabel}
      </button>
    </form>
  );
}
