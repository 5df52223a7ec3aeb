import { PRACTICES, type PracticeId } from '@shared/practices';
import type { Participant } from '@shared/sessions';
import { type FormEvent, useState } from 'react';
import { LaptopRound } from '../ratings/LaptopRound';
import { PrivateRatingForm } from '../ratings/PrivateRatingForm';
import { ScoreChoice } from '../ratings/ScoreChoice';
import { useSubmitPulse } from './mutations';

/** Pulse by passing the laptop: each person rates the four practices in private. */
export function LaptopEntry({
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
      sessionId={sessionId}
      round="pulse"
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
  const save = useSubmitPulse();

  const submit = (event: FormEvent) => {
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
    save.mutate(
      { sessionId, participantId: participant.id, ratings: ratings as Record<PracticeId, number> },
      { onSuccess: onSaved },
    );
  };

  return (
    <PrivateRatingForm
      className="pulse-private"
      onSubmit={submit}
      missing={missing}
      error={save.error}
      pending={save.isPending}
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
