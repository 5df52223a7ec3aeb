import type { Card, CardGroup, SessionView, VoteItem } from '@shared/sessions';
import { refKey } from '../common/item-key';

/** Items in a steady order (groups, then loose cards as written), so lists don't jump while voting. */
export function itemsInSteadyOrder(view: SessionView): VoteItem[] {
  const order = new Map(
    [
      ...view.groups.map((g) => refKey({ kind: 'group', id: g.id })),
      ...view.cards.map((c) => refKey({ kind: 'card', id: c.id })),
    ].map((key, index) => [key, index]),
  );
  return [...view.items].sort(
    (a, b) => (order.get(refKey(a.ref)) ?? 0) - (order.get(refKey(b.ref)) ?? 0),
  );
}

/** How the board lays out its groups and loose cards: as written, or most dots first. */
export type ItemOrder = 'written' | 'dots';

function dotsOf(view: SessionView, kind: 'card' | 'group', id: string): number {
  return view.items.find((item) => item.ref.kind === kind && item.ref.id === id)?.dots ?? 0;
}

/** Sorting is stable, so items with as many dots keep the order they were written in. */
export function orderGroups(groups: CardGroup[], view: SessionView, order: ItemOrder) {
  if (order === 'written') return groups;
  return [...groups].sort((a, b) => dotsOf(view, 'group', b.id) - dotsOf(view, 'group', a.id));
}

export function orderCards(cards: Card[], view: SessionView, order: ItemOrder) {
  if (order === 'written') return cards;
  return [...cards].sort((a, b) => dotsOf(view, 'card', b.id) - dotsOf(view, 'card', a.id));
}
