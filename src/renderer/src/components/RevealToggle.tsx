import type { AppError } from '@shared/errors';
import { ErrorBanner } from './ErrorBanner';

/** A reveal mutation: `pulse.reveal` or `roti.reveal`. */
interface RevealMutation {
  mutate: (input: { sessionId: string; revealed: boolean }) => void;
  isPending: boolean;
  error: AppError | null;
}

/**
 * The button that shows hidden results to everyone at once, or hides them again, with what went
 * wrong under it. Nothing to reveal until something is in.
 */
export function RevealToggle({
  sessionId,
  revealed,
  anythingIn,
  reveal,
  revealLabel,
  hideLabel,
}: {
  sessionId: string;
  revealed: boolean;
  anythingIn: boolean;
  reveal: RevealMutation;
  revealLabel: string;
  hideLabel: string;
}) {
  return (
    <>
      {revealed ? (
        <button
          type="button"
          className="button"
          onClick={() => reveal.mutate({ sessionId, revealed: false })}
          disabled={reveal.isPending}
        >
          {hideLabel}
        </button>
      ) : (
        <button
          type="button"
          className="button primary"
          onClick={() => reveal.mutate({ sessionId, revealed: true })}
          disabled={reveal.isPending || !anythingIn}
        >
          {revealLabel}
        </button>
      )}
      <ErrorBanner error={reveal.error} />
    </>
  );
}
