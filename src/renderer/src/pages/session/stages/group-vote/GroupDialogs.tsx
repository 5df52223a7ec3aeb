import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { plural, pluralWord } from '@shared/format';
import type { Card, CardGroup } from '@shared/sessions';
import { useDeleteGroup, useRemoveCardFromGroup } from './mutations';

// The two ways a group can end: ungrouped on purpose, or by taking out one of its last two cards.

/** What ungrouping costs when the group has dots: nothing to say when it has none. */
const votesLostNote = (dots: number) =>
  dots > 0
    ? ` The group’s ${plural(dots, 'dot')} ${pluralWord(dots, 'is')} removed, so the team may need to vote again.`
    : null;

export function UngroupDialog({
  group,
  dots,
  count,
  onClose,
}: {
  group: CardGroup;
  dots: number;
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
          {votesLostNote(dots)}
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
  then,
  onClose,
}: {
  group: CardGroup;
  card: Card;
  dots: number;
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
          {votesLostNote(dots)}
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
