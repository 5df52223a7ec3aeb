import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { plural, pluralWord } from '@shared/format';
import type { Card, CardGroup } from '@shared/sessions';
import { useDeleteGroup, useRemoveCardFromGroup } from './mutations';

// The two ways a group can end: ungrouped on purpose, or by taking out one of its last two cards.

/**
 * What ungrouping costs when the group has dots: nothing to say when it has none. `dots` are the
 * dots the board shows; while private votes are not yet shown, the note speaks of them without a
 * number, whether or not this group has any, so it gives nobody's vote away.
 */
function votesLostNote(dots: number, privateDots: boolean): string | null {
  const again = 'so the team may need to vote again.';
  if (!privateDots) {
    return dots > 0
      ? ` The group’s ${plural(dots, 'dot')} ${pluralWord(dots, 'is')} removed, ${again}`
      : null;
  }
  const counted = dots > 0 ? `its ${plural(dots, 'dot')} from the whiteboard and ` : '';
  return ` The group loses ${counted}any dots placed privately on it, ${again}`;
}

interface DotsProps {
  /** The group's dots as the board shows them. */
  dots: number;
  /** True while dots placed privately are not shown: the group may hold some. */
  privateDots: boolean;
}

export function UngroupDialog({
  group,
  dots,
  privateDots,
  count,
  onClose,
}: DotsProps & {
  group: CardGroup;
  count: number;
  onClose: () => void;
}) {
  const ungroup = useDeleteGroup();
  return (
    <ConfirmDialog
      title={`Ungroup “${group.title}”?`}
      description={
        <p>
          Its {count} cards become separate items again.
          {votesLostNote(dots, privateDots)}
        </p>
      }
      confirmLabel="Ungroup the cards"
      cancelLabel="Keep the group"
      onConfirm={() => ungroup.mutateAsync({ groupId: group.id })}
      onClose={onClose}
    />
  );
}

export function LastPairDialog({
  group,
  card,
  dots,
  privateDots,
  then,
  onClose,
}: DotsProps & {
  group: CardGroup;
  card: Card;
  /** What follows once the card is out, e.g. joining the group it was dropped on. */
  then?: (() => Promise<unknown>) | null;
  onClose: () => void;
}) {
  const takeOut = useRemoveCardFromGroup();
  return (
    <ConfirmDialog
      title={`Ungroup “${group.title}”?`}
      description={
        <p>
          A group needs at least two cards, so taking “{card.text}” out ungroups “{group.title}”:
          both cards become separate items again.
          {votesLostNote(dots, privateDots)}
        </p>
      }
      confirmLabel="Take it out and ungroup"
      cancelLabel="Keep the group"
      onConfirm={async () => {
        await takeOut.mutateAsync({ cardId: card.id });
        await then?.();
      }}
      onClose={onClose}
    />
  );
}
