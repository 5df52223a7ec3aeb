import { PRACTICES } from '@shared/practices';
import { useState } from 'react';
import type { StageProps } from '../../stage-props';
import { type InputWay, InputWayToggle } from '../ratings/InputWayToggle';
import { UnsavedTallyNote, useUnsavedTallies } from '../ratings/unsaved-tallies';
import { LaptopEntry } from './LaptopEntry';
import { PracticeTally } from './PracticeTally';
import { PulseResults } from './PulseResults';
import { pulseOf } from './pulse-of';
import { RevealBar } from './RevealBar';
import './pulse.css';

export function PulseStage({ view, readOnly }: StageProps) {
  const { session, participants, pulse, pulseSubmitted } = view;
  const [way, setWay] = useState<InputWay>(pulseSubmitted.length > 0 ? 'laptop' : 'tally');
  const showResults = session.pulseRevealed || readOnly;
  const unsaved = useUnsavedTallies();

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
          <div className="pulse-tallies" hidden={way !== 'tally'}>
            {PRACTICES.map((practice) => (
              <PracticeTally
                key={practice.id}
                sessionId={session.id}
                practice={practice}
                pulse={pulseOf(pulse, practice.id)}
                people={participants.length}
                onUnsavedChange={(is) => unsaved.report(practice.name, is)}
              />
            ))}
          </div>
          {way === 'laptop' && <UnsavedTallyNote names={unsaved.names} />}
          {way === 'laptop' && (
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
