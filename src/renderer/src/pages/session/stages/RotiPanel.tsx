import { api } from '@renderer/api/client';
import { useAction } from '@renderer/hooks/use-action';
import { formatMean, plural } from '@shared/format';
import type { Participant, RotiState } from '@shared/sessions';
import { ROTI_LABELS, stageById } from '@shared/stages';
import { type FormEvent, useState } from 'react';
import type { StageProps } from '../stage-props';
import { LaptopRound, PrivateRatingForm, TallyForm } from './rating-entry';
import {
  DistributionBars,
  DistributionColumns,
  type InputWay,
  InputWayToggle,
  ScoreChoice,
  sum,
} from './rating-parts';
import './roti.css';

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
  const privately = roti.total - sum(roti.tally);

  return (
    <TallyForm
      className="roti-tally"
      aria-label="ROTI tally"
      saved={roti.tally}
      privately={privately}
      label="ROTI tally"
      scaleLabels={ROTI_LABELS}
      onSave={(counts) => api.call('roti.setTally', { sessionId, counts })}
    >
      <p className="roti-question">
        Ask: “{ROTI_QUESTION}” Everyone shows 1 to 5 fingers at once. The tally can count up to{' '}
        {plural(people - privately, 'person')}
        {privately > 0 && ` (${privately} already rated in private)`}.
      </p>
    </TallyForm>
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
  return (
    <LaptopRound
      what="ROTI ratings"
      participants={participants}
      submitted={submitted}
      progress="rated this retro in private."
      listLabel="Who has rated this retro"
      doneLabel="rated"
      renderForm={(participant, finish) => (
        <PrivateRotiForm sessionId={sessionId} participant={participant} onSaved={finish} />
      )}
    />
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
  const [missing, setMissing] = useState<string | null>(null);
  const save = useAction((chosen: number) =>
    api.call('roti.submit', { sessionId, participantId: participant.id, score: chosen }),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (score === null) {
      setMissing('Choose a score from 1 to 5 first.');
      return;
    }
    const result = await save.run(score);
    if (result !== undefined) onSaved();
  };

  return (
    <PrivateRatingForm
      className="roti-private"
      onSubmit={submit}
      missing={missing}
      error={save.error}
      pending={save.pending}
      saveLabel="Save my rating"
    >
      <ScoreChoice
        label="Return on time invested"
        question={ROTI_QUESTION}
        scaleLabels={ROTI_LABELS}
        value={score}
        onChange={(chosen) => {
          setMissing(null);
          setScore(chosen);
        }}
      />
    </PrivateRatingForm>
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
        <p className="roti-result-count">{plural(roti.total, 'rating')}</p>
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
