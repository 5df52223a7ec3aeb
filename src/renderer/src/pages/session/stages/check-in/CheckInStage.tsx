import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FormButtons } from '@renderer/components/FormButtons';
import { useTeam } from '@renderer/pages/team/queries';
import { plural, pluralWord } from '@shared/format';
import type { Participant, ParticipantMode } from '@shared/sessions';
import { type FormEvent, useState } from 'react';
import type { StageProps } from '../../stage-props';
import { useCheckIn, useSetParticipants } from './mutations';
import './check-in.css';

export function CheckInStage({ view, readOnly }: StageProps) {
  const hasParticipants = view.participants.length > 0;
  const [editing, setEditing] = useState(!hasParticipants);
  return (
    <div className="checkin">
      {editing && !readOnly ? (
        <ParticipantSetup view={view} onDone={() => setEditing(false)} />
      ) : (
        <div className="checkin-summary">
          <p>
            <strong>{plural(view.participants.length, 'person')}</strong>{' '}
            {view.session.participantMode === 'named'
              ? 'taking part by name.'
              : 'taking part anonymously.'}
          </p>
          {!readOnly && (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Change who is here
            </button>
          )}
        </div>
      )}
      {hasParticipants && (
        <section aria-labelledby="checkin-words">
          <h3 id="checkin-words">One-word check-in</h3>
          <ul className="checkin-list">
            {view.participants.map((participant) => (
              <CheckInWord
                key={participant.id}
                sessionId={view.session.id}
                participant={participant}
                readOnly={readOnly}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function ParticipantSetup({ view, onDone }: { view: StageProps['view']; onDone: () => void }) {
  const team = useTeam(view.session.teamId);
  if (!team.data) return <ErrorBanner error={team.error} />;
  return (
    <ParticipantForm view={view} roster={team.data.members.map((m) => m.name)} onDone={onDone} />
  );
}

interface ParticipantFormProps {
  view: StageProps['view'];
  roster: string[];
  onDone: () => void;
}

/** A team with a member list starts by name with everyone ticked; otherwise by head count. */
function ParticipantForm({ view, roster, onDone }: ParticipantFormProps) {
  // People who joined from their own devices are counted already and stay as they are.
  const current = view.participants.filter((p) => p.via === 'console');
  const joined = view.participants.length - current.length;
  const startNamed =
    current.length > 0 ? view.session.participantMode === 'named' : roster.length > 0;
  const [mode, setMode] = useState<ParticipantMode>(startNamed ? 'named' : 'anonymous');
  const [count, setCount] = useState(String(current.length || 5));
  const [names, setNames] = useState<string[]>(
    current.length > 0 && startNamed ? current.map((p) => p.label) : roster,
  );
  const [guest, setGuest] = useState('');
  const save = useSetParticipants();
  const everyone = [...new Set([...roster, ...names])];

  function submit(event: FormEvent) {
    event.preventDefault();
    const sessionId = view.session.id;
    save.mutate(
      mode === 'anonymous'
        ? { sessionId, mode, count: Number.parseInt(count, 10) }
        : { sessionId, mode, names },
      { onSuccess: onDone },
    );
  }

  function toggle(name: string, on: boolean) {
    setNames((list) => (on ? [...list, name] : list.filter((n) => n !== name)));
  }

  return (
    <form className="checkin-setup card" onSubmit={submit} noValidate>
      <h3>Who is here?</h3>
      {joined > 0 && (
        <p className="muted">
          {plural(joined, 'person')} joined from their own devices and {pluralWord(joined, 'is')}{' '}
          counted already. List only the others here.
        </p>
      )}
      <fieldset className="checkin-modes">
        <legend className="visually-hidden">How people take part</legend>
        <label>
          <input
            type="radio"
            name="participant-mode"
            checked={mode === 'anonymous'}
            onChange={() => setMode('anonymous')}
          />
          Anonymous: just count heads
        </label>
        <label>
          <input
            type="radio"
            name="participant-mode"
            checked={mode === 'named'}
            onChange={() => setMode('named')}
          />
          By name
        </label>
      </fieldset>
      {mode === 'anonymous' ? (
        <div className="field checkin-count">
          <label htmlFor="checkin-count">How many people are here?</label>
          <input
            id="checkin-count"
            type="number"
            min={1}
            max={50}
            value={count}
            onChange={(event) => setCount(event.target.value)}
          />
        </div>
      ) : (
        <div className="checkin-names">
          {everyone.length === 0 && (
            <p className="muted">This team has no member list yet. Add the people here by name.</p>
          )}
          <ul className="checkin-roster">
            {everyone.map((name) => (
              <li key={name}>
                <label>
                  <input
                    type="checkbox"
                    checked={names.includes(name)}
                    onChange={(event) => toggle(name, event.target.checked)}
                  />
                  {name}
                </label>
              </li>
            ))}
          </ul>
          <div className="inline-form">
            <div className="field">
              <label htmlFor="checkin-guest">Add someone else</label>
              <input
                id="checkin-guest"
                value={guest}
                maxLength={80}
                onChange={(event) => setGuest(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    if (guest.trim()) toggle(guest.trim(), true);
                    setGuest('');
                  }
                }}
              />
            </div>
            <button
              type="button"
              className="button"
              onClick={() => {
                if (guest.trim()) toggle(guest.trim(), true);
                setGuest('');
              }}
            >
              Add person
            </button>
          </div>
        </div>
      )}
      <ErrorBanner error={save.error} />
      <FormButtons
        submitLabel="Save participants"
        pending={save.isPending}
        onCancel={current.length > 0 ? onDone : undefined}
      />
    </form>
  );
}

function CheckInWord({
  sessionId,
  participant,
  readOnly,
}: {
  sessionId: string;
  participant: Participant;
  readOnly: boolean;
}) {
  const [word, setWord] = useState(participant.checkIn ?? '');
  const save = useCheckIn();
  const id = `checkin-${participant.id}`;
  return (
    <li className="checkin-row">
      <label htmlFor={id}>{participant.label}</label>
      <input
        id={id}
        value={word}
        readOnly={readOnly}
        maxLength={40}
        aria-label={`Check-in word for ${participant.label}`}
        placeholder="One word"
        onChange={(event) => setWord(event.target.value)}
        onBlur={() => {
          if (word !== (participant.checkIn ?? '')) {
            save.mutate({ sessionId, participantId: participant.id, word });
          }
        }}
      />
      <ErrorBanner error={save.error} />
    </li>
  );
}
