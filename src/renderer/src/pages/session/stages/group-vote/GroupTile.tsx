import { useDroppable } from '@dnd-kit/core';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { plural, pluralWord } from '@shared/format';
import type { Card, CardGroup, SessionView } from '@shared/sessions';
import { useState } from 'react';
import { dropId } from './board-moves';
import { CardTile } from './CardTile';
import { ItemDots } from './DotsInput';
import { UngroupDialog } from './GroupDialogs';
import { useAddCardsToGroup, useRemoveCardFromGroup } from './mutations';
import { RenameGroupForm } from './RenameGroupForm';
import { resultsShown, shownDots } from './vote-items';

/**
 * A group on the board: a place to drop cards, its title, dots and cards, rename and ungroup.
 * Its dots leave out private votes until the results are shown.
 */
export function GroupTile({
  group,
  view,
  readOnly,
  tally,
  selected,
  onAdded,
  onLastPair,
}: {
  group: CardGroup;
  view: SessionView;
  readOnly: boolean;
  tally: boolean;
  /** Loose cards ticked on the board, which a button adds to this group. */
  selected: string[];
  onAdded: () => void;
  /** Taking out one of the last two cards ungroups the group: asked first. */
  onLastPair: (card: Card) => void;
}) {
  const [mode, setMode] = useState<'show' | 'rename' | 'ungroup'>('show');
  const drop = useDroppable({
    id: dropId({ kind: 'group', groupId: group.id }),
    disabled: readOnly,
  });
  const cards = group.cardIds.flatMap((id) => view.cards.find((card) => card.id === id) ?? []);
  const item = view.items.find((i) => i.ref.kind === 'group' && i.ref.id === group.id);
  const revealed = resultsShown(view);
  // Until the results are shown, only the dots counted on the whiteboard: never private votes.
  const dots = shownDots(item, revealed);
  const add = useAddCardsToGroup();
  const remove = useRemoveCardFromGroup();

  return (
    <li className={`gvb-group ${drop.isOver ? 'drop-here' : ''}`} ref={drop.setNodeRef}>
      {mode === 'rename' ? (
        <RenameGroupForm group={group} onDone={() => setMode('show')} />
      ) : (
        <div className="gvb-group-head">
          <h4>{group.title}</h4>
          {!readOnly && (
            <span className="gvb-group-actions">
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
      <div className="gvb-group-sum">
        <span className="gvb-group-meta">
          {plural(cards.length, 'card')} · {plural(dots, 'dot')}
        </span>
        <ItemDots
          sessionId={view.session.id}
          item={item}
          tally={tally && !readOnly}
          revealed={revealed}
        />
      </div>
      <ul className="gvb-cards" aria-label={`Cards in ${group.title}`}>
        {cards.map((card) => (
          <CardTile
            key={card.id}
            card={card}
            item={undefined}
            sessionId={view.session.id}
            readOnly={readOnly}
            tally={false}
            revealed={revealed}
            selected={false}
            onSelect={() => {}}
            onTakeOut={() =>
              cards.length <= 2 ? onLastPair(card) : remove.mutate({ cardId: card.id })
            }
          />
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
          privateDots={!revealed && view.votesSubmitted.length > 0}
          count={cards.length}
          onClose={() => setMode('show')}
        />
      )}
    </li>
  );
}
