import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { plural, pluralWord } from '@shared/format';
import type { Card, CardGroup, SessionView } from '@shared/sessions';
import { useState } from 'react';
import { CardTags } from './CardTags';
import { LastPairDialog, UngroupDialog } from './GroupDialogs';
import { useAddCardsToGroup, useRemoveCardFromGroup } from './mutations';
import { RenameGroupForm } from './RenameGroupForm';

/** One group: its title and dots, its cards, and the ways to rename, ungroup or add to it. */
export function GroupBox({
  group,
  view,
  readOnly,
  selected,
  onAdded,
}: {
  group: CardGroup;
  view: SessionView;
  readOnly: boolean;
  selected: string[];
  onAdded: () => void;
}) {
  const [mode, setMode] = useState<'show' | 'rename' | 'ungroup'>('show');
  const [leaving, setLeaving] = useState<Card | null>(null);
  const cards = group.cardIds.flatMap((id) => view.cards.find((card) => card.id === id) ?? []);
  const item = view.items.find((i) => i.ref.kind === 'group' && i.ref.id === group.id);
  const dots = item?.dots ?? 0;
  // Until the results are shown, only the dots counted on the whiteboard: never private votes.
  const shownDots = view.session.votesRevealed || readOnly ? dots : (item?.tallyDots ?? 0);
  const add = useAddCardsToGroup();
  const remove = useRemoveCardFromGroup();

  return (
    <li className="gv-group">
      {mode === 'rename' ? (
        <RenameGroupForm group={group} onDone={() => setMode('show')} />
      ) : (
        <div className="gv-group-head">
          <h4>{group.title}</h4>
          <span className="gv-group-meta">
            {cards.length} cards · {plural(shownDots, 'dot')}
          </span>
          {!readOnly && (
            <span className="gv-group-actions">
              <button
                type="button"
                className="button quiet"
                aria-label={`Rename group: ${group.title}`}
                onClick={() => setMode('rename')}
              >
                Rename
              </button>
              <button
                type="button"
                className="button quiet danger-text"
                aria-label={`Ungroup: ${group.title}`}
                onClick={() => setMode('ungroup')}
              >
                Ungroup
              </button>
            </span>
          )}
        </div>
      )}
      <ul className="gv-card-list">
        {cards.map((card) => (
          <li key={card.id} className={`gv-card ${card.kind}`}>
            <span className="gv-card-text">{card.text}</span>
            <CardTags card={card} />
            {!readOnly && (
              <button
                type="button"
                className="button quiet gv-remove"
                aria-label={`Remove from group: ${card.text}`}
                disabled={remove.isPending}
                onClick={() =>
                  cards.length <= 2 ? setLeaving(card) : remove.mutate({ cardId: card.id })
                }
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && selected.length > 0 && (
        <button
          type="button"
          className="button"
          disabled={add.isPending}
          onClick={() =>
            add.mutate({ groupId: group.id, cardIds: selected }, { onSuccess: onAdded })
          }
        >
          Add {selected.length} selected {pluralWord(selected.length, 'card')} to “{group.title}”
        </button>
      )}
      <ErrorBanner error={add.error ?? remove.error} />
      {mode === 'ungroup' && (
        <UngroupDialog
          group={group}
          dots={dots}
          count={cards.length}
          onClose={() => setMode('show')}
        />
      )}
      {leaving && (
        <LastPairDialog group={group} card={leaving} dots={dots} onClose={() => setLeaving(null)} />
      )}
    </li>
  );
}
