import { sum } from '@renderer/charts/rating-stats';
import { RevealToggle } from '@renderer/components/RevealToggle';
import { plural } from '@shared/format';
import { PRACTICES } from '@shared/practices';
import type { PracticePulse } from '@shared/sessions';
import { useRevealPulse } from './mutations';

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

export function RevealBar({
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
  const reveal = useRevealPulse();
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
            ({plural(people, 'person')} × {PRACTICES.length} practices)
          </span>
        </p>
        <p className="pulse-reveal-status">{status}</p>
      </div>
      {!readOnly && (
        <RevealToggle
          sessionId={sessionId}
          revealed={revealed}
          anythingIn={entered > 0}
          reveal={reveal}
          revealLabel="Reveal ratings"
          hideLabel="Hide ratings again"
        />
      )}
    </div>
  );
}
