import type { AppError } from '@shared/errors';
import type { Card, CardGroup, SessionView } from '@shared/sessions';
import { useState } from 'react';
import { useAddCardsToGroup, useCreateGroup, useRemoveCardFromGroup } from './mutations';
import { titleForPair } from './suggest-groups';

// Where a card can be dropped on the board, and what each drop stores through the groups.*
// methods: onto a group (join it), onto another card (group the two), or back among the loose
// cards (leave its group).

export type DropTarget =
  | { kind: 'group'; groupId: string }
  | { kind: 'card'; cardId: string }
  | { kind: 'loose' };

export const dropId = (target: DropTarget): string =>
  target.kind === 'group'
    ? `group:${target.groupId}`
    : target.kind === 'card'
      ? `card:${target.cardId}`
      : 'loose';

export function targetOf(id: string): DropTarget {
  const [kind, rest] = id.split(':') as [string, string | undefined];
  if (kind === 'group' && rest) return { kind: 'group', groupId: rest };
  if (kind === 'card' && rest) return { kind: 'card', cardId: rest };
  return { kind: 'loose' };
}

/** A drop onto a grouped card is a drop onto its group. */
function resolve(target: DropTarget, view: SessionView): DropTarget {
  if (target.kind !== 'card') return target;
  const card = view.cards.find((c) => c.id === target.cardId);
  return card?.groupId ? { kind: 'group', groupId: card.groupId } : target;
}

/** How a drop target is read out while a card moves over it. */
export function targetName(target: DropTarget, view: SessionView): string {
  const resolved = resolve(target, view);
  if (resolved.kind === 'group') {
    const group = view.groups.find((g) => g.id === resolved.groupId);
    return `the group “${group?.title ?? ''}”`;
  }
  if (resolved.kind === 'card') {
    const card = view.cards.find((c) => c.id === resolved.cardId);
    return `the card “${card?.text ?? ''}”: dropping groups the two`;
  }
  return 'the cards not in a group';
}

/** A card taking one of the last two cards out of its group, which ungroups it: asked first. */
export interface LastPairMove {
  card: Card;
  group: CardGroup;
  /** What the drop does once the card is out. */
  then: (() => Promise<unknown>) | null;
}

export function useBoardMoves(view: SessionView) {
  const create = useCreateGroup();
  const add = useAddCardsToGroup();
  const remove = useRemoveCardFromGroup();
  const [lastPair, setLastPair] = useState<LastPairMove | null>(null);
  const error: AppError | null = create.error ?? add.error ?? remove.error;

  async function move(cardId: string, rawTarget: DropTarget): Promise<void> {
    const card = view.cards.find((c) => c.id === cardId);
    if (!card) return;
    const target = resolve(rawTarget, view);
    if (target.kind === 'card' && target.cardId === card.id) return;
    if (target.kind === 'group' && target.groupId === card.groupId) return;
    if (target.kind === 'loose' && !card.groupId) return;

    let then: (() => Promise<unknown>) | null = null;
    if (target.kind === 'group') {
      then = () => add.mutateAsync({ groupId: target.groupId, cardIds: [card.id] });
    } else if (target.kind === 'card') {
      const other = view.cards.find((c) => c.id === target.cardId);
      if (!other) return;
      then = () =>
        create.mutateAsync({
          sessionId: view.session.id,
          title: titleForPair(other.text, card.text),
          cardIds: [other.id, card.id],
        });
    }

    const group = card.groupId ? view.groups.find((g) => g.id === card.groupId) : undefined;
    if (group && group.cardIds.length <= 2) {
      setLastPair({ card, group, then });
      return;
    }
    create.reset();
    add.reset();
    remove.reset();
    try {
      if (group) await remove.mutateAsync({ cardId: card.id });
      await then?.();
    } catch {
      // The refusal is in `error`, shown on the board.
    }
  }

  return { move, error, lastPair, closeLastPair: () => setLastPair(null) };
}
