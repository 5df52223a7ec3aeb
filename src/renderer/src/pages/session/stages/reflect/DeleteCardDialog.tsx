import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { plural, pluralWord } from '@shared/format';
import type { Card, SessionView } from '@shared/sessions';
import { useDeleteCard } from './mutations';

export function DeleteCardDialog({
  card,
  view,
  onClose,
}: {
  card: Card;
  view: SessionView;
  onClose: () => void;
}) {
  const group = view.groups.find((g) => g.id === card.groupId);
  const dots = view.items.find((item) => item.ref.kind === 'card' && item.ref.id === card.id)?.dots;
  const remove = useDeleteCard();

  return (
    <ConfirmDialog
      title="Delete this card?"
      description={
        <>
          <p className="reflect-quote">“{card.text}”</p>
          {group &&
            (group.cardIds.length <= 2 ? (
              <p>
                It is one of the last two cards in the group “{group.title}”, so that group is
                ungrouped too and its votes are removed.
              </p>
            ) : (
              <p>It is taken out of the group “{group.title}”.</p>
            ))}
          {dots ? (
            <p>
              Its {plural(dots, 'dot')} {pluralWord(dots, 'is')} removed as well.
            </p>
          ) : null}
          <p>This cannot be undone.</p>
        </>
      }
      confirmLabel="Delete this card"
      cancelLabel="Keep it"
      onConfirm={() => remove.mutateAsync({ cardId: card.id })}
      onClose={onClose}
    />
  );
}
