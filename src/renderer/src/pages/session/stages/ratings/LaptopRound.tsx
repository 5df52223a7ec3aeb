import { PassTheLaptop } from '@renderer/components/PassTheLaptop';
import { pluralWord } from '@shared/format';
import type { Participant } from '@shared/sessions';
import { type ReactNode, useState } from 'react';
import { ClearPrivateRound } from './ClearPrivateRound';
import './ratings.css';

/** Who has entered in private so far, and the button that hands the laptop round. */
export function LaptopRound({
  sessionId,
  round,
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
  sessionId: string;
  round: 'pulse' | 'roti';
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
      <div className="button-row">
        <button type="button" className="button primary" onClick={() => setPassing(true)}>
          {submitted.length === 0 ? 'Start passing the laptop' : 'Continue passing the laptop'}
        </button>
        <ClearPrivateRound
          sessionId={sessionId}
          round={round}
          what={what}
          entered={submitted.length}
        />
      </div>
      {passing && (
        <PassTheLaptop
          what={what}
          participants={participants.filter((p) => p.via === 'console')}
          submitted={submitted}
          onExit={() => setPassing(false)}
          renderForm={renderForm}
        />
      )}
    </div>
  );
}
