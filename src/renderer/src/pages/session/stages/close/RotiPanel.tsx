import { sum } from '@renderer/charts/rating-stats';
import { plural } from '@shared/format';
import type { RotiState } from '@shared/sessions';
import { ROTI_LABELS } from '@shared/stages';
import { useState } from 'react';
import type { StageProps } from '../../stage-props';
import { type InputWay, InputWayToggle } from '../ratings/InputWayToggle';
import { TallyForm } from '../ratings/TallyForm';
import { UnsavedTallyNote, useUnsavedTallies } from '../ratings/unsaved-tallies';
import { useSetRotiTally } from './mutations';
import { RotiLaptop } from './RotiLaptop';
import { RotiReveal } from './RotiReveal';
import { RotiSummary } from './RotiSummary';
import { ROTI_QUESTION } from './roti-question';
import './roti.css';

/**
 * Return on time invested at Close: collect it by tally or privately, then reveal it, like the
 * pulse. Until then the console shows how many rated, never the result.
 */
export function RotiPanel({ view, readOnly }: StageProps) {
  const { session, participants, roti, rotiSubmitted } = view;
  const [way, setWay] = useState<InputWay>(rotiSubmitted.length > 0 ? 'laptop' : 'tally');
  const unsaved = useUnsavedTallies();

  if (participants.length === 0) {
    return (
      <p className="empty-note">
        {readOnly
          ? 'Nobody was recorded at the check-in, so this retro has no ROTI ratings.'
          : 'Nobody is recorded yet. Record who is here in the Check-in first: ROTI ratings are checked against that head count.'}
      </p>
    );
  }

  const showResult = session.rotiRevealed || readOnly;
  return (
    <div className="roti-panel">
      <RotiReveal
        sessionId={session.id}
        roti={roti}
        people={participants.length}
        revealed={session.rotiRevealed}
        readOnly={readOnly}
      />
      {!readOnly && (
        <div className="roti-entry">
          <InputWayToggle legend="How will people rate this retro?" value={way} onChange={setWay} />
          <div hidden={way !== 'tally'}>
            <RotiTally
              sessionId={session.id}
              roti={roti}
              people={participants.length}
              onUnsavedChange={(is) => unsaved.report('ROTI', is)}
            />
          </div>
          {way === 'laptop' && <UnsavedTallyNote names={unsaved.names} />}
          {way === 'laptop' && (
            <RotiLaptop
              sessionId={session.id}
              participants={participants}
              submitted={rotiSubmitted}
            />
          )}
        </div>
      )}
      {showResult && <RotiSummary roti={roti} people={participants.length} />}
    </div>
  );
}

function RotiTally({
  sessionId,
  roti,
  people,
  onUnsavedChange,
}: {
  sessionId: string;
  roti: RotiState;
  people: number;
  onUnsavedChange: (unsaved: boolean) => void;
}) {
  const privately = roti.total - sum(roti.tally);
  const save = useSetRotiTally();

  return (
    <TallyForm
      className="roti-tally"
      aria-label="ROTI tally"
      saved={roti.tally}
      privately={privately}
      label="ROTI tally"
      scaleLabels={ROTI_LABELS}
      onSave={(counts) => save.mutateAsync({ sessionId, counts })}
      onUnsavedChange={onUnsavedChange}
    >
      <p className="roti-question">
        Ask: “{ROTI_QUESTION}” Everyone shows 1 to 5 fingers at once. The tally can count up to{' '}
        {plural(people - privately, 'person')}
        {privately > 0 && ` (${privately} already rated in private)`}.
      </p>
    </TallyForm>
  );
}
