import type { SessionView, VoteItem } from '@shared/sessions';
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
