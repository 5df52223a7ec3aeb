import { api } from '@renderer/api/client';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useAction } from '@renderer/hooks/use-action';

/** How many cards the shared screen still hides, with the button that reveals them together. */
export function HiddenCardsBar({
  sessionId,
  hidden,
  readOnly,
}: {
  sessionId: string;
  hidden: number;
  readOnly: boolean;
}) {
  const reveal = useAction(() => api.call('cards.revealAll', { sessionId }));
  return (
    <div className="reflect-hidden-bar" role="status">
      <p>
        <strong>
          {hidden} {hidden === 1 ? 'card is' : 'cards are'} hidden on the shared screen.
        </strong>{' '}
        {!readOnly && 'Reveal them together once everyone has finished writing.'}
      </p>
      {!readOnly && (
        <button
          type="button"
          className="button primary"
          onClick={() => reveal.run()}
          disabled={reveal.pending}
        >
          Reveal all cards ({hidden})
        </button>
      )}
      <ErrorBanner error={reveal.error} />
    </div>
  );
}
