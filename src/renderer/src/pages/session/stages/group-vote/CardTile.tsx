import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { Card, VoteItem } from '@shared/sessions';
import { dropId } from './board-moves';
import { CardTags } from './CardTags';
import { ItemDots } from './DotsInput';

/**
 * A card on the board, shown once: its text and tags, a handle to drag it (mouse or keyboard),
 * and where it is loose, a tick box to group it by form and its dots; where it is in a group, a
 * button to take it out.
 */
export function CardTile({
  card,
  item,
  sessionId,
  readOnly,
  tally,
  revealed,
  selected,
  highlighted = false,
  onSelect,
  onTakeOut,
}: {
  card: Card;
  /** The card's own vote item; none while it is in a group. */
  item: VoteItem | undefined;
  sessionId: string;
  readOnly: boolean;
  tally: boolean;
  /** True once the vote's results are shown: private dots count on the card. */
  revealed: boolean;
  selected: boolean;
  /** Lit up while a suggestion that holds it is pointed at. */
  highlighted?: boolean;
  onSelect: (on: boolean) => void;
  onTakeOut: (() => void) | null;
}) {
  const id = dropId({ kind: 'card', cardId: card.id });
  const drag = useDraggable({ id, disabled: readOnly });
  const drop = useDroppable({ id, disabled: readOnly });
  const loose = !card.groupId;
  const classes = [
    'gvb-card',
    card.kind,
    drag.isDragging ? 'dragging' : '',
    drop.isOver && !drag.isDragging ? 'drop-here' : '',
    highlighted ? 'suggested' : '',
  ];
  return (
    <li
      className={classes.join(' ')}
      ref={(node) => {
        drag.setNodeRef(node);
        drop.setNodeRef(node);
      }}
    >
      {!readOnly && (
        <button
          type="button"
          className="gvb-handle"
          ref={drag.setActivatorNodeRef}
          {...drag.attributes}
          {...drag.listeners}
          aria-label={`Move card: ${card.text}`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      {loose && !readOnly ? (
        <label className="gvb-card-text">
          <input
            type="checkbox"
            checked={selected}
            onChange={(event) => onSelect(event.target.checked)}
          />
          <span>{card.text}</span>
        </label>
      ) : (
        <span className="gvb-card-text">{card.text}</span>
      )}
      {onTakeOut && !readOnly && (
        <button
          type="button"
          className="gvb-take-out"
          aria-label={`Remove from group: ${card.text}`}
          title="Take it out of the group"
          onClick={onTakeOut}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
      <div className="gvb-card-foot">
        <CardTags card={card} />
        {loose && (
          <ItemDots
            sessionId={sessionId}
            item={item}
            tally={tally && !readOnly}
            revealed={revealed}
          />
        )}
      </div>
    </li>
  );
}
