import type { Participant } from '@shared/sessions';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { HoldButton } from './HoldButton';
import { useMarkPrivateEntry } from './private-entry';
import './pass-the-laptop.css';

interface PassTheLaptopProps {
  /** What people enter, e.g. "pulse ratings". */
  what: string;
  /** Who takes a turn at the laptop (people on their own devices enter there instead). */
  participants: Participant[];
  /** Ids of participants who already entered theirs. */
  submitted: string[];
  /** The private form for one person; call `done` after a successful save. */
  renderForm: (participant: Participant, done: () => void) => ReactNode;
  onExit: () => void;
}

/**
 * Each participant enters privately in turn. The screen covers the console and clears between
 * people, so nobody sees what the previous person entered. Leaving it takes a deliberate hold,
 * and meanwhile the console behind it is inert and hides the facilitator's notes.
 */
export function PassTheLaptop({
  what,
  participants,
  submitted,
  renderForm,
  onExit,
}: PassTheLaptopProps) {
  useMarkPrivateEntry();
  const screen = useRef<HTMLDivElement>(null);
  // Keyboard users start inside the private screen: the console behind it is inert.
  useEffect(() => screen.current?.focus(), []);
  const [current, setCurrent] = useState<Participant | null>(null);
  const [justDone, setJustDone] = useState<Participant | null>(null);
  const done = new Set(submitted);
  const next = participants.find((p) => !done.has(p.id) && p.id !== justDone?.id) ?? null;

  let body: ReactNode;
  if (current) {
    body = (
      <div className="private-turn" key={current.id}>
        <p className="eyebrow">Private entry</p>
        <h2>{current.label}, it is your turn</h2>
        <p className="muted">
          Only you should see this screen. Nothing you enter is shown until the facilitator reveals
          everyone’s together.
        </p>
        {renderForm(current, () => {
          setJustDone(current);
          setCurrent(null);
        })}
        <button type="button" className="button quiet" onClick={() => setCurrent(null)}>
          Cancel and hide
        </button>
      </div>
    );
  } else {
    body = (
      <div className="private-handover">
        {justDone && (
          <p className="handover-thanks">
            Thank you, {justDone.label}. Your {what} are saved.
          </p>
        )}
        <h2>{next ? `Pass the laptop to ${next.label}` : `Everyone has entered their ${what}`}</h2>
        <ul className="handover-list" aria-label="Who has entered">
          {participants.map((participant) => (
            <li key={participant.id}>
              {/* An entry is stored without a link to its person, so it cannot be redone alone. */}
              <button
                type="button"
                className={`handover-person ${done.has(participant.id) ? 'done' : ''}`}
                disabled={done.has(participant.id)}
                onClick={() => setCurrent(participant)}
                aria-label={
                  done.has(participant.id)
                    ? `${participant.label} has entered their ${what}`
                    : `Enter ${what} for ${participant.label}`
                }
              >
                <span aria-hidden="true">{done.has(participant.id) ? '✓' : '○'}</span>{' '}
                {participant.label}
              </button>
            </li>
          ))}
        </ul>
        {next && (
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => setCurrent(next)}>
              I am {next.label}: start
            </button>
          </div>
        )}
        <HoldButton
          className="handover-exit"
          onHeld={onExit}
          instruction="For the facilitator: press and hold for two seconds, or hold Enter, to leave the private entry."
        >
          Back to the facilitator view
        </HoldButton>
      </div>
    );
  }

  // Outside the console, which goes inert while this is open.
  return createPortal(
    <div
      ref={screen}
      className="private-screen"
      role="dialog"
      aria-modal="true"
      aria-label={`Pass the laptop: ${what}`}
      tabIndex={-1}
    >
      <div className="private-card">{body}</div>
    </div>,
    document.body,
  );
}
