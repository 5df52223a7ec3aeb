import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { plural } from '@shared/format';
import { useState } from 'react';
import { useClearPrivateRound } from './mutations';

/**
 * The only way to redo a private entry: private values hold no link to the person who gave
 * them, so one person's entry cannot be found again; the whole private round is cleared instead.
 */
export function ClearPrivateRound({
  sessionId,
  round,
  what,
  entered,
}: {
  sessionId: string;
  round: 'pulse' | 'votes' | 'roti';
  /** What people entered, e.g. "pulse ratings". */
  what: string;
  /** How many people have entered theirs. */
  entered: number;
}) {
  const [asking, setAsking] = useState(false);
  const clear = useClearPrivateRound();
  if (entered === 0) return null;
  return (
    <>
      <button type="button" className="button quiet" onClick={() => setAsking(true)}>
        Clear private {what}
      </button>
      {asking && (
        <ConfirmDialog
          title={`Clear all private ${what}?`}
          description={`The ${what} ${plural(entered, 'person')} entered in private (on this laptop or their own devices) are removed, and everyone can enter again. Nobody's entry can be changed on its own, because Threadline does not store who entered what. The tally stays.`}
          confirmLabel={`Clear private ${what}`}
          cancelLabel="Keep them"
          onConfirm={() => clear.mutateAsync({ sessionId, round })}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
}
