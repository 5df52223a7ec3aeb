import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { plural } from '@shared/format';
import type { Card } from '@shared/sessions';
import { useState } from 'react';
import { useCreateGroup } from './mutations';
import { type Suggestion, suggestGroups } from './suggest-groups';
import './suggestions.css';

const key = (suggestion: Suggestion) => suggestion.cardIds.join(',');

/**
 * Loose cards that share words, offered as groups to make with one click or to set aside. The
 * cards stay where they are on the board; pointing at or focusing a suggestion lights them up.
 */
export function Suggestions({
  sessionId,
  loose,
  onHighlight,
}: {
  sessionId: string;
  loose: Card[];
  onHighlight: (cardIds: string[]) => void;
}) {
  const [dismissed, setDismissed] = useState<string[]>([]);
  const create = useCreateGroup();
  const suggestions = suggestGroups(loose).filter((s) => !dismissed.includes(key(s)));
  if (suggestions.length === 0) return null;

  return (
    <section className="gvb-suggestions" aria-labelledby="gvb-suggestions-title">
      <h4 id="gvb-suggestions-title">Suggested groups</h4>
      <p className="muted">
        Cards that use the same words; point at a suggestion to see its cards on the board. Group
        them if they say the same thing.
      </p>
      <ul>
        {suggestions.map((suggestion) => (
          <li
            key={key(suggestion)}
            className="gvb-suggestion"
            onMouseEnter={() => onHighlight(suggestion.cardIds)}
            onMouseLeave={() => onHighlight([])}
            onFocus={() => onHighlight(suggestion.cardIds)}
            onBlur={() => onHighlight([])}
          >
            <p className="gvb-suggestion-why">
              {plural(suggestion.cardIds.length, 'card')} share{' '}
              {suggestion.words.map((word, index) => (
                <span key={word}>
                  {index > 0 && ', '}“<strong>{word}</strong>”
                </span>
              ))}
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button primary"
                disabled={create.isPending}
                onClick={() =>
                  create.mutate({ sessionId, title: suggestion.title, cardIds: suggestion.cardIds })
                }
              >
                Group as “{suggestion.title}”
              </button>
              <button
                type="button"
                className="button quiet"
                aria-label={`Not a group: ${suggestion.title}`}
                onClick={() => setDismissed((list) => [...list, key(suggestion)])}
              >
                Not the same
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ErrorBanner error={create.error} />
    </section>
  );
}
