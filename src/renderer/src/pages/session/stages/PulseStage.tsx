import { api } from '@renderer/api/client';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useAction } from '@renderer/hooks/use-action';
import { PRACTICES, type Practice, type PracticeId } from '@shared/practices';
import type { Participant, PracticePulse } from '@shared/sessions';
import { type FormEvent, useState } from 'react';
import type { StageProps } from '../stage-props';
import { LaptopRound, PrivateRatingForm, TallyForm } from './rating-entry';
import {
  DistributionBars,
  formatMean,
  type InputWay,
  InputWayToggle,
  ScoreChoice,
  spreadOf,
  sum,
} from './rating-parts';
import './pulse.css';

const pulseOf = (pulse: PracticePulse[], id: PracticeId) => pulse.find((p) => p.practiceId === id);

export function PulseStage({ view, readOnly }: StageProps) {
  const { session, participants, pulse, pulseSubmitted } = view;
  const [way, setWay] = useState<InputWay>(pulseSubmitted.length > 0 ? 'laptop' : 'tally');
  const showResults = session.pulseRevealed || readOnly;

  if (participants.length === 0) {
    return (
      <p className="empty-note">
        {readOnly
          ? 'Nobody was recorded at the check-in, so this session has no pulse ratings.'
          : 'Nobody is recorded yet. Go back to the Check-in and record who is here: the ratings are checked against that head count.'}
      </p>
    );
  }

  return (
    <div className="pulse-stage">
      <RevealBar
        sessionId={session.id}
        pulse={pulse}
        people={participants.length}
        revealed={session.pulseRevealed}
        readOnly={readOnly}
      />
      {showResults && <PulseResults pulse={pulse} />}
      {!readOnly && (
        <section className="pulse-entry" aria-labelledby="pulse-entry-title">
          <h3 id="pulse-entry-title">Collect the ratings</h3>
          <InputWayToggle legend="How will people rate?" value={way} onChange={setWay} />
          {way === 'tally' ? (
            <div className="pulse-tallies">
              {PRACTICES.map((practice) => (
                <PracticeTally
                  key={practice.id}
                  sessionId={session.id}
                  practice={practice}
                  pulse={pulseOf(pulse, practice.id)}
                  people={participants.length}
                />
              ))}
            </div>
          ) : (
            <LaptopEntry
              sessionId={session.id}
              participants={participants}
              submitted={pulseSubmitted}
              revealed={session.pulseRevealed}
            />
          )}
        </section>
      )}
    </div>
  );
}

function revealStatus(readOnly: boolean, revealed: boolean, entered: number): string {
  if (readOnly) {
    return revealed
      ? 'The ratings were revealed to the team.'
      : 'The ratings were never revealed to the team.';
  }
  if (revealed) return 'Revealed: the team sees the results on the shared screen.';
  if (entered === 0) return 'No ratings yet. Collect them below, then reveal them all at once.';
  return 'The scores stay hidden, here and on the shared screen, until you reveal them.';
}

function RevealBar({
  sessionId,
  pulse,
  people,
  revealed,
  readOnly,
}: {
  sessionId: string;
  pulse: PracticePulse[];
  people: number;
  revealed: boolean;
  readOnly: boolean;
}) {
  const reveal = useAction((show: boolean) =>
    api.call('pulse.reveal', { sessionId, revealed: show }),
  );
  const entered = sum(pulse.map((p) => p.total));
  const expected = people * PRACTICES.length;
  const status = revealStatus(readOnly, revealed, entered);

  return (
    <div className={`pulse-reveal ${revealed ? 'revealed' : ''}`}>
      <div>
        <p className="pulse-count" role="status">
          <strong>
            {entered} of {expected} ratings in
          </strong>
          <span className="muted">
            {' '}
            ({people} {people === 1 ? 'person' : 'people'} × {PRACTICES.length} practices)
          </span>
        </p>
        <p className="pulse-reveal-status">{status}</p>
      </div>
      {!readOnly &&
        (revealed ? (
          <button
            type="button"
            className="button"
            onClick={() => reveal.run(false)}
            disabled={reveal.pending}
          >
            Hide ratings again
          </button>
        ) : (
          <button
            type="button"
            className="button primary"
            onClick={() => reveal.run(true)}
            disabled={reveal.pending || entered === 0}
          >
            Reveal ratings
          </button>
        ))}
      <ErrorBanner error={reveal.error} />
    </div>
  );
}

function PracticeTally({
  sessionId,
  practice,
  pulse,
  people,
}: {
  sessionId: string;
  practice: Practice;
  pulse: PracticePulse | undefined;
  people: number;
}) {
  const saved = pulse?.tally ?? [0, 0, 0, 0, 0];
  const total = pulse?.total ?? 0;
  const headingId = `pulse-tally-${practice.id}`;

  return (
    <TallyForm
      className="pulse-tally"
      aria-labelledby={headingId}
      saved={saved}
      privately={total - sum(saved)}
      label={`Tally for ${practice.name}`}
      scaleLabels={practice.scaleLabels}
      onSave={(counts) =>
        api.call('pulse.setTally', { sessionId, practiceId: practice.id, counts })
      }
    >
      <div className="pulse-tally-head">
        <h4 id={headingId}>{practice.name}</h4>
        <span className="badge">
          {total} of {people} rated
        </span>
      </div>
      <p className="pulse-question">{practice.pulseQuestion}</p>
    </TallyForm>
  );
}

function LaptopEntry({
  sessionId,
  participants,
  submitted,
  revealed,
}: {
  sessionId: string;
  participants: Participant[];
  submitted: string[];
  revealed: boolean;
}) {
  return (
    <LaptopRound
      className="pulse-laptop"
      what="pulse ratings"
      participants={participants}
      submitted={submitted}
      progress="entered their ratings"
      listLabel="Who has entered their ratings"
      doneLabel="entered"
      renderForm={(participant, finish) => (
        <PrivatePulseForm sessionId={sessionId} participant={participant} onSaved={finish} />
      )}
    >
      <p>
        Hand the laptop to each person in turn. They rate all four practices on their own, and the
        screen clears before the next person.{' '}
        {revealed
          ? 'The ratings are already revealed, so new ones show on the shared screen straight away.'
          : 'Nobody sees any scores until you reveal them.'}
      </p>
    </LaptopRound>
  );
}

type Choices = Record<PracticeId, number | null>;
const noChoices = (): Choices => ({
  'reward-initiative': null,
  'share-information': null,
  'model-humility': null,
  'influence-not-control': null,
});

function PrivatePulseForm({
  sessionId,
  participant,
  onSaved,
}: {
  sessionId: string;
  participant: Participant;
  onSaved: () => void;
}) {
  const [choices, setChoices] = useState<Choices>(noChoices);
  const [missing, setMissing] = useState<string | null>(null);
  const save = useAction((ratings: Record<PracticeId, number>) =>
    api.call('pulse.submit', { sessionId, participantId: participant.id, ratings }),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ratings: Partial<Record<PracticeId, number>> = {};
    for (const practice of PRACTICES) {
      const score = choices[practice.id];
      if (score === null) {
        setMissing(`Choose a score for “${practice.name}” too.`);
        return;
      }
      ratings[practice.id] = score;
    }
    setMissing(null);
    const result = await save.run(ratings as Record<PracticeId, number>);
    if (result !== undefined) onSaved();
  };

  return (
    <PrivateRatingForm
      className="pulse-private"
      onSubmit={submit}
      missing={missing}
      error={save.error}
      pending={save.pending}
      saveLabel="Save my ratings"
    >
      {PRACTICES.map((practice) => (
        <ScoreChoice
          key={practice.id}
          label={practice.name}
          question={practice.pulseQuestion}
          scaleLabels={practice.scaleLabels}
          value={choices[practice.id]}
          onChange={(score) => {
            setMissing(null);
            setChoices((current) => ({ ...current, [practice.id]: score }));
          }}
        />
      ))}
    </PrivateRatingForm>
  );
}

function PulseResults({ pulse }: { pulse: PracticePulse[] }) {
  return (
    <section className="pulse-results" aria-labelledby="pulse-results-title">
      <h3 id="pulse-results-title">How the team rated each practice</h3>
      <div className="pulse-result-grid">
        {PRACTICES.map((practice) => {
          const result = pulseOf(pulse, practice.id);
          if (!result) return null;
          return (
            <article key={practice.id} className="pulse-result" aria-label={practice.name}>
              <h4>{practice.name}</h4>
              <p className="pulse-result-stats">
                <span>
                  Mean <strong>{formatMean(result.mean)}</strong>
                </span>
                <span>
                  Spread <strong>{spreadOf(result.distribution) ?? '–'}</strong>
                </span>
                <span>
                  <strong>{result.total}</strong> {result.total === 1 ? 'rating' : 'ratings'}
                </span>
              </p>
              {result.total === 0 ? (
                <p className="empty-note">Nobody rated this practice.</p>
              ) : (
                <DistributionBars
                  title={`How many people gave each score for ${practice.name}`}
                  distribution={result.distribution}
                  scaleLabels={practice.scaleLabels}
                />
              )}
            </article>
          );
        })}
      </div>
      <PulseTable pulse={pulse} />
    </section>
  );
}

function PulseTable({ pulse }: { pulse: PracticePulse[] }) {
  return (
    <table className="ratings-table pulse-table">
      <caption>The same results as a table: how many people gave each score</caption>
      <thead>
        <tr>
          <th scope="col">Practice</th>
          <th scope="col">Mean</th>
          <th scope="col">Spread</th>
          {[1, 2, 3, 4, 5].map((score) => (
            <th scope="col" key={score}>
              {score}
            </th>
          ))}
          <th scope="col">Ratings</th>
        </tr>
      </thead>
      <tbody>
        {PRACTICES.map((practice) => {
          const result = pulseOf(pulse, practice.id);
          if (!result) return null;
          return (
            <tr key={practice.id}>
              <th scope="row">{practice.name}</th>
              <td>{formatMean(result.mean)}</td>
              <td>{spreadOf(result.distribution) ?? '–'}</td>
              {result.distribution.map((count, score) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the five score columns are fixed
                <td key={score}>{count}</td>
              ))}
              <td>{result.total}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
