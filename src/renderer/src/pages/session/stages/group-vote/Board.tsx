import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { plural, pluralWord } from '@shared/format';
import type { Card, SessionView } from '@shared/sessions';
import { useState } from 'react';
import { useRevealAllCards } from '../reflect/mutations';
import { dropId, targetName, targetOf, useBoardMoves } from './board-moves';
import { CardTile } from './CardTile';
import { LastPairDialog } from './GroupDialogs';
import { GroupForm } from './GroupForm';
import { GroupTile } from './GroupTile';
import { Suggestions } from './Suggestions';
import { type ItemOrder, orderCards, orderGroups, resultsShown, shownDots } from './vote-items';

/** A card dropped on a card is grouped with it; elsewhere the innermost place under it wins. */
const collide: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  const hits = (within.length > 0 ? within : rectIntersection(args)).filter(
    (hit) => hit.id !== args.active.id,
  );
  const cards = hits.filter((hit) => String(hit.id).startsWith('card:'));
  return cards.length > 0 ? cards : hits;
};

const INSTRUCTIONS =
  'To move a card, press Space or Enter on its handle, use the arrow keys to reach a group or ' +
  'another card, then press Space or Enter to drop it there. Escape puts it back.';

/**
 * The Group & vote board: every card once, in its group or loose, each vote item with its dots.
 * Cards move by dragging (mouse or keyboard), by suggestions, or by ticking them and grouping.
 * Until the results are shown, the dots on it are those counted on the whiteboard alone.
 */
export function Board({
  view,
  readOnly,
  tally,
}: {
  view: SessionView;
  readOnly: boolean;
  tally: boolean;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const [highlight, setHighlight] = useState<string[]>([]);
  const [order, setOrder] = useState<ItemOrder>('written');
  const [dragging, setDragging] = useState<Card | null>(null);
  const moves = useBoardMoves(view);
  const reveal = useRevealAllCards();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const sessionId = view.session.id;
  const revealed = resultsShown(view);
  const loose = orderCards(
    view.cards.filter((card) => !card.groupId),
    view,
    order,
  );
  const chosen = selected.filter((id) => loose.some((card) => card.id === id));
  const hidden = view.cards.filter((card) => card.hidden).length;
  const cardText = (id: string | number) =>
    view.cards.find((card) => `card:${card.id}` === String(id))?.text ?? '';

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up the card “${cardText(active.id)}”.`,
    onDragOver: ({ over }) =>
      over ? `Over ${targetName(targetOf(String(over.id)), view)}.` : 'Over no place to drop.',
    onDragEnd: ({ over }) =>
      over
        ? `Dropped on ${targetName(targetOf(String(over.id)), view)}.`
        : 'Dropped where nothing changes.',
    onDragCancel: () => 'Moving cancelled: the card stays where it was.',
  };

  return (
    <section className="gvb" aria-labelledby="gv-grouping">
      <div className="gvb-head">
        <h3 id="gv-grouping">Cards and groups</h3>
        {view.cards.length > 1 && (
          <label className="gvb-order">
            Order{' '}
            <select value={order} onChange={(event) => setOrder(event.target.value as ItemOrder)}>
              <option value="written">As written</option>
              <option value="dots">Most dots first</option>
            </select>
          </label>
        )}
      </div>
      {!readOnly && view.cards.length > 1 && (
        <p className="muted gvb-how">
          Drag a card onto another card to group them, or onto a group to add it. Or tick cards and
          group them below.
        </p>
      )}
      {hidden > 0 && (
        <div className="gv-note" role="status">
          <p>
            {plural(hidden, 'card')} {pluralWord(hidden, 'is')} still hidden on the shared screen,
            so the team cannot see {pluralWord(hidden, 'it')} yet.
          </p>
          {!readOnly && (
            <button type="button" className="button" onClick={() => reveal.mutate({ sessionId })}>
              Reveal all cards ({hidden})
            </button>
          )}
          <ErrorBanner error={reveal.error} />
        </div>
      )}
      {view.cards.length === 0 && (
        <p className="empty-note">No cards yet. Collect them in the Reflect stage first.</p>
      )}
      {!readOnly && <Suggestions sessionId={sessionId} loose={loose} onHighlight={setHighlight} />}

      <DndContext
        sensors={sensors}
        collisionDetection={collide}
        accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
        onDragStart={({ active }) =>
          setDragging(view.cards.find((card) => `card:${card.id}` === String(active.id)) ?? null)
        }
        onDragCancel={() => setDragging(null)}
        onDragEnd={({ active, over }) => {
          setDragging(null);
          if (over)
            void moves.move(String(active.id).slice('card:'.length), targetOf(String(over.id)));
        }}
      >
        {view.groups.length > 0 && (
          <ul className="gvb-groups" aria-label="Groups">
            {orderGroups(view.groups, view, order).map((group) => (
              <GroupTile
                key={group.id}
                group={group}
                view={view}
                readOnly={readOnly}
                tally={tally}
                selected={chosen}
                onAdded={() => setSelected([])}
                onLastPair={(card) => void moves.move(card.id, { kind: 'loose' })}
              />
            ))}
          </ul>
        )}
        {loose.length > 0 && (
          <LooseCards
            view={view}
            cards={loose}
            readOnly={readOnly}
            tally={tally}
            selected={chosen}
            highlight={highlight}
            onSelect={(cardId, on) =>
              setSelected((list) => (on ? [...list, cardId] : list.filter((id) => id !== cardId)))
            }
          />
        )}
        {/* No drop animation: the dropped card re-renders in its new place at once. */}
        <DragOverlay dropAnimation={null}>
          {dragging && (
            <div className={`gvb-card gvb-overlay ${dragging.kind}`}>{dragging.text}</div>
          )}
        </DragOverlay>
      </DndContext>
      <ErrorBanner error={moves.error} />
      {!readOnly && loose.length > 0 && (
        <GroupForm sessionId={sessionId} selected={chosen} onGrouped={() => setSelected([])} />
      )}
      {moves.lastPair && (
        <LastPairDialog
          group={moves.lastPair.group}
          card={moves.lastPair.card}
          dots={shownDots(
            view.items.find((i) => i.ref.kind === 'group' && i.ref.id === moves.lastPair?.group.id),
            revealed,
          )}
          privateDots={!revealed && view.votesSubmitted.length > 0}
          then={moves.lastPair.then}
          onClose={moves.closeLastPair}
        />
      )}
    </section>
  );
}

function LooseCards({
  view,
  cards,
  readOnly,
  tally,
  selected,
  highlight,
  onSelect,
}: {
  view: SessionView;
  cards: Card[];
  readOnly: boolean;
  tally: boolean;
  selected: string[];
  highlight: string[];
  onSelect: (cardId: string, on: boolean) => void;
}) {
  const drop = useDroppable({ id: dropId({ kind: 'loose' }), disabled: readOnly });
  return (
    <div className={`gvb-loose ${drop.isOver ? 'drop-here' : ''}`} ref={drop.setNodeRef}>
      <h4 id="gvb-loose-title">{view.groups.length > 0 ? 'Cards not in a group' : 'Cards'}</h4>
      <ul className="gvb-cards gvb-loose-cards" aria-labelledby="gvb-loose-title">
        {cards.map((card) => (
          <CardTile
            key={card.id}
            card={card}
            item={view.items.find((i) => i.ref.kind === 'card' && i.ref.id === card.id)}
            sessionId={view.session.id}
            readOnly={readOnly}
            tally={tally}
            revealed={resultsShown(view)}
            selected={selected.includes(card.id)}
            highlighted={highlight.includes(card.id)}
            onSelect={(on) => onSelect(card.id, on)}
            onTakeOut={null}
          />
        ))}
      </ul>
    </div>
  );
}
