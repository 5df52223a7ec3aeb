import { RevealToggle } from '@renderer/components/RevealToggle';
import type { RotiState } from '@shared/sessions';
import { useRevealRoti } from './mutations';

function revealStatus(readOnly: boolean, revealed: boolean, rated: number): string {
  if (readOnly) return 'The team saw the result when the retro closed.';
  if (revealed) return 'Revealed: the team sees the result on the shared screen.';
  if (rated === 0) return 'No ratings yet. Collect them, then reveal them all at once.';
  return 'The result stays hidden, here and on the shared screen, until you reveal it.';
}

/** How many have rated the retro, and the reveal that shows everyone's ratings together. */
export function RotiReveal({
  sessionId,
  roti,
  people,
  revealed,
  readOnly,
}: {
  sessionId: string;
  roti: RotiState;
  people: number;
  revealed: boolean;
  readOnly: boolean;
}) {
  const reveal = useRevealRoti();
  return (
    <div className={`roti-reveal ${revealed || readOnly ? 'revealed' : ''}`}>
      <div>
        <p className="roti-count" role="status">
          <strong>
            {roti.total} of {people} rated
          </strong>
        </p>
        <p className="roti-reveal-status">{revealStatus(readOnly, revealed, roti.total)}</p>
      </div>
      {!readOnly && (
        <RevealToggle
          sessionId={sessionId}
          revealed={revealed}
          anythingIn={roti.total > 0}
          reveal={reveal}
          revealLabel="Reveal ROTI"
          hideLabel="Hide ROTI again"
        />
      )}
    </div>
  );
}
