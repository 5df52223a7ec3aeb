import { CIRCLE_LABELS, formatDate } from '@shared/format';
import { practiceById } from '@shared/practices';
import type { Action } from '@shared/sessions';
import type { StageProps } from '../../stage-props';
import { refKey } from '../common/item-key';
import { RemovableRow } from '../common/removable-row';
import { useDeleteAction } from './mutations';

export function ActionList({ view, readOnly }: StageProps) {
  if (view.actions.length === 0) {
    return (
      <p className="empty-note">
        {readOnly
          ? 'No actions were agreed in this session.'
          : 'No actions yet. Each one needs a single owner; a due date helps.'}
      </p>
    );
  }
  const titles = new Map(view.items.map((item) => [refKey(item.ref), item.title]));
  return (
    <ul className="act-list">
      {view.actions.map((action) => (
        <ActionRow
          key={action.id}
          action={action}
          itemTitle={action.item ? titles.get(refKey(action.item)) : undefined}
          readOnly={readOnly}
        />
      ))}
    </ul>
  );
}

function ActionRow({
  action,
  itemTitle,
  readOnly,
}: {
  action: Action;
  itemTitle: string | undefined;
  readOnly: boolean;
}) {
  const remove = useDeleteAction();
  return (
    <RemovableRow
      className="act-row"
      mainClassName="act-row-main"
      deleteLabel={`Delete action: ${action.title}`}
      onDelete={() => remove.mutateAsync({ actionId: action.id })}
      readOnly={readOnly}
    >
      <p className="act-row-title">{action.title}</p>
      <p className="act-row-meta">
        <span>
          Owner: <strong>{action.owner}</strong>
        </span>
        <span>{action.dueDate ? `Due ${formatDate(action.dueDate)}` : 'No due date'}</span>
        <span>{practiceById(action.practiceId).shortName}</span>
        <span>{CIRCLE_LABELS[action.circle]}</span>
        {itemTitle && <span>For: {itemTitle}</span>}
      </p>
    </RemovableRow>
  );
}
