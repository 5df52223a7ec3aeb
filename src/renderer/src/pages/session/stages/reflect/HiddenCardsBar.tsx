import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { plural, pluralWord } from '@shared/format';
import { useRevealAllCards } from './mutations';

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
  const reveal = useRevealAllCards();
  return (
    <div className="reflect-hidden-bar" role="status">
      <p>
        <strong>
          {plural(hidden, 'card')} {pluralWord(hidden, 'is')} hidden on the shared screen.
        </strong>{' '}
        {!readOnly && 'Reveal them together once everyone has finished writing.'}
      </p>
      {!readOnly && (
        <button
          type="button"
          className="button primary"
          onClick={() => reveal.mutate({ sessionId })}
          disabled={reveal.isPending}
        >
          Reveal all cards ({hidden})
        </button>
      )}
      <ErrorBanner error={reveal.error} />
    </div>
  );
}
