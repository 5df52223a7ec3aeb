import type { Participant } from '@shared/sessions';
import { ROTI_LABELS } from '@shared/stages';
import { type FormEvent, useState } from 'react';
import { LaptopRound } from '../ratings/LaptopRound';
import { PrivateRatingForm } from '../ratings/PrivateRatingForm';
import { ScoreChoice } from '../ratings/ScoreChoice';
import { useSubmitRoti } from './mutations';
import { ROTI_QUESTION } from './roti-question';

/** ROTI by passing the laptop: each person rates this retro in private. */
export function RotiLaptop({
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
      sessionId={sessionId}
      round="roti"
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
  const save = useSubmitRoti();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (score === null) {
      setMissing('Choose a score from 1 to 5 first.');
      return;
    }
    save.mutate({ sessionId, participantId: participant.id, score }, { onSuccess: onSaved });
  };

  return (
    <PrivateRatingForm
      className="roti-private"
      onSubmit={submit}
      missing={missing}
      error={save.error}
      pending={save.isPending}
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
