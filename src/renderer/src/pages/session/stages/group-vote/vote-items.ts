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

/**
 * Whether the console shows the results of the vote: once they are shown on the shared screen,
 * and in a closed retro. Until then, nobody passing the laptop may see how others voted.
 */
export const resultsShown = (view: SessionView): boolean =>
  view.session.votesRevealed || view.session.status === 'closed';

/**
 * The dots the board shows on an item: all of them with the results, else only those counted on
 * the whiteboard (which the facilitator typed in front of everyone), never private votes.
 */
export function shownDots(item: VoteItem | undefined, revealed: boolean): number {
  if (!item) return 0;
  return revealed ? item.dots : item.tallyDots;
}

/** How the board lays out its groups and loose cards: as written, or most dots first. */
export type ItemOrder = 'written' | 'dots';

function dotsOf(view: SessionView, kind: 'card' | 'group', id: string): number {
  const item = view.items.find((i) => i.ref.kind === kind && i.ref.id === id);
  return shownDots(item, resultsShown(view));
}

/**
 * Sorting is stable, so items with as many dots keep the order they were written in. Before the
 * results are shown it sorts by the whiteboard's dots alone, so it ranks no private vote.
 */
export function orderGroups(groups: CardGroup[], view: SessionView, order: ItemOrder) {
  if (order === 'written') return groups;
  return [...groups].sort((a, b) => dotsOf(view, 'group', b.id) - dotsOf(view, 'group', a.id));
}

export function orderCards(cards: Card[], view: SessionView, order: ItemOrder) {
  if (order === 'written') return cards;
  return [...cards].sort((a, b) => dotsOf(view, 'card', b.id) - dotsOf(view, 'card', a.id));
}
