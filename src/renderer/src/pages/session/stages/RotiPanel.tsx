import { type FormEvent, useState } from 'react';
import type { Distribution, Participant, RotiState } from '../../../../../shared/sessions';
import { ROTI_LABELS, stageById } from '../../../../../shared/stages';
import { api } from '../../../api/client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { PassTheLaptop } from '../../../components/PassTheLaptop';
import { TallyInput } from '../../../components/TallyInput';
import { useAction } from '../../../hooks/use-action';
import type { StageProps } from '../stage-props';
import {
  DistributionBars,
  DistributionColumns,
  formatMean,
  type InputWay,
  InputWayToggle,
  ScoreChoice,
} from './rating-parts';
import './roti.css';

const sum = (counts: readonly number[]) => counts.reduce((total, n) => total + n, 0);
const ROTI_QUESTION = stageById('close').presentationPrompt;

/** The ROTI label nearest to the mean, e.g. "Worth it" for 3.8. */
const verdictOf = (mean: number) => ROTI_LABELS[Math.round(mean) - 1] ?? '';

/** Return on time invested at Close: collect it by tally or privately, then show the result. */
export function RotiPanel({ view, readOnly }: StageProps) {
  const { session, participants, roti, rotiSubmitted } = view;
  const [way, setWay] = useState<InputWay>(rotiSubmitted.length > 0 ? 'laptop' : 'tally');

  if (participants.length === 0) {
    return (
      <p className="empty-note">
        {readOnly
          ? 'Nobody was recorded at the check-in, so this retro has no ROTI ratings.'
          : 'Nobody is recorded yet. Record who is here in the Check-in first: ROTI ratings are checked against that head count.'}
      </p>
    );
  }

  return (
    <div className="roti-panel">
      {!readOnly && (
        <div className="roti-entry">
          <InputWayToggle legend="How will people rate this retro?" value={way} onChange={setWay} />
          {way === 'tally' ? (
            <RotiTally sessionId={session.id} roti={roti} people={participants.length} />
          ) : (
            <RotiLaptop
              sessionId={session.id}
              participants={participants}
              submitted={rotiSubmitted}
            />
          )}
        </div>
      )}
      <RotiSummary roti={roti} people={participants.length} />
    </div>
  );
}

function RotiTally({
  sessionId,
  roti,
  people,
}: {
  sessionId: string;
  roti: RotiState;
  people: number;
}) {
  const savedKey = roti.tally.join(',');
  // A draft belongs to the tally it was typed over; once the stored tally changes, it is dropped.
  const [draft, setDraft] = useState<{ base: string; counts: Distribution } | null>(null);
  const counts = draft && draft.base === savedKey ? draft.counts : roti.tally;
  const unsaved = counts.join(',') !== savedKey;
  const privately = roti.total - sum(roti.tally);
  const save = useAction((next: Distribution) =>
    api.call('roti.setTally', { sessionId, counts: next }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(counts);
  };

  return (
    <form className="roti-tally" onSubmit={submit} aria-label="ROTI tally">
      <p className="roti-question">
        Ask: “{ROTI_QUESTION}” Everyone shows 1 to 5 fingers at once. The tally can count up to{' '}
        {people - privately} {people - privately === 1 ? 'person' : 'people'}
        {privately > 0 && ` (${privately} already rated in private)`}.
      </p>
      <TallyInput
        label="ROTI tally"
        counts={counts}
        scaleLabels={ROTI_LABELS}
        onChange={(next) => {
          save.clearError();
          setDraft({ base: savedKey, counts: next });
        }}
      />
      <div className="roti-tally-foot">
        <button
          type="submit"
          className={`button ${unsaved ? 'primary' : ''}`}
          disabled={save.pending || !unsaved}
        >
          Save tally
        </button>
        <span className="roti-muted">
          {unsaved
            ? `Not saved yet: ${sum(counts)} counted`
            : sum(roti.tally) > 0
              ? `Saved: ${sum(roti.tally)} counted`
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

function RotiLaptop({
  sessionId,
  participants,
  submitted,
}: {
  sessionId: string;
  participants: Participant[];
  submitted: string[];
}) {
  const [passing, setPassing] = useState(false);
  const done = new Set(submitted);
  return (
    <div className="roti-laptop">
      <p>
        <strong>
          {submitted.length} of {participants.length}
        </strong>{' '}
        {participants.length === 1 ? 'person has' : 'people have'} rated this retro in private.
      </p>
      <ul className="roti-people" aria-label="Who has rated this retro">
        {participants.map((participant) => (
          <li key={participant.id} className={done.has(participant.id) ? 'done' : ''}>
            <span aria-hidden="true">{done.has(participant.id) ? '✓' : '○'}</span>{' '}
            {participant.label}
            <span className="visually-hidden">
              {done.has(participant.id) ? ': rated' : ': not yet'}
            </span>
          </li>
        ))}
      </ul>
      <button type="button" className="button primary" onClick={() => setPassing(true)}>
        {submitted.length === 0 ? 'Start passing the laptop' : 'Continue passing the laptop'}
      </button>
      {passing && (
        <PassTheLaptop
          what="ROTI ratings"
          participants={participants}
          submitted={submitted}
          onExit={() => setPassing(false)}
          renderForm={(participant, finish) => (
            <PrivateRotiForm sessionId={sessionId} participant={participant} onSaved={finish} />
          )}
        />
      )}
    </div>
  );
}

function PrivateRotiForm({
  sessionId,
  participant,
  onSaved,
}: {
  sessionId: string;
  participant: Participant;
  onSaved: () => void;
}) {
  const [score, setScore] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  const save = useAction((chosen: number) =>
    api.call('roti.submit', { sessionId, participantId: participant.id, score: chosen }),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (score === null) {
      setMissing(true);
      return;
    }
    const result = await save.run(score);
    if (result !== undefined) onSaved();
  };

  return (
    <form className="roti-private" onSubmit={submit}>
      <ScoreChoice
        label="Return on time invested"
        question={ROTI_QUESTION}
        scaleLabels={ROTI_LABELS}
        value={score}
        onChange={(chosen) => {
          setMissing(false);
          setScore(chosen);
        }}
      />
      {missing && (
        <p className="field-error" role="alert">
          Choose a score from 1 to 5 first.
        </p>
      )}
      <ErrorBanner error={save.error} />
      <button type="submit" className="button primary roti-private-save" disabled={save.pending}>
        Save my rating
      </button>
    </form>
  );
}

function RotiSummary({ roti, people }: { roti: RotiState; people: number }) {
  if (roti.total === 0 || roti.mean === null) {
    return <p className="empty-note">No ROTI ratings yet.</p>;
  }
  return (
    <section className="roti-summary" aria-label="ROTI result">
      <p className="roti-summary-line">
        <span className="roti-summary-mean">{formatMean(roti.mean)}</span>
        <span>
          out of 5 on average: <strong>{verdictOf(roti.mean)}</strong>
          <span className="roti-muted">
            {' '}
            · {roti.total} of {people} rated
          </span>
        </span>
      </p>
      <DistributionBars
        title="How many people gave each ROTI score"
        distribution={roti.distribution}
        scaleLabels={ROTI_LABELS}
      />
      <RotiTable roti={roti} />
    </section>
  );
}

function RotiTable({ roti }: { roti: RotiState }) {
  return (
    <table className="ratings-table roti-table">
      <caption>ROTI ratings as a table</caption>
      <thead>
        <tr>
          <th scope="col">Score</th>
          <th scope="col">People</th>
        </tr>
      </thead>
      <tbody>
        {ROTI_LABELS.map((label, index) => (
          <tr key={label}>
            <th scope="row">
              {index + 1} · {label}
            </th>
            <td>{roti.distribution[index]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The ROTI result in large type for the shared screen's Close view. */
export function RotiResult({ roti }: { roti: RotiState }) {
  if (roti.total === 0 || roti.mean === null) {
    return <p className="roti-result-empty">Nobody rated this retro.</p>;
  }
  return (
    <section className="roti-result" aria-label="Return on time invested">
      <div className="roti-result-score">
        <p className="roti-result-label">Return on time invested</p>
        <p className="roti-result-mean">
          {formatMean(roti.mean)}
          <span className="roti-result-outof"> out of 5</span>
        </p>
        <p className="roti-result-verdict">{verdictOf(roti.mean)}</p>
        <p className="roti-result-count">
          {roti.total} {roti.total === 1 ? 'rating' : 'ratings'}
        </p>
      </div>
      <DistributionColumns
        title="How many people gave each ROTI score"
        distribution={roti.distribution}
        scaleLabels={ROTI_LABELS}
        mean={roti.mean}
        height={420}
      />
      <div className="visually-hidden">
        <RotiTable roti={roti} />
      </div>
    </section>
  );
}
