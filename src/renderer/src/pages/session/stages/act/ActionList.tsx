import { CIRCLE_LABELS, formatDate } from '@shared/format';
import { practiceById } from '@shared/practices';
import type { Action, SessionView } from '@shared/sessions';
import { useState } from 'react';
import type { StageProps } from '../../stage-props';
import { refKey } from '../common/item-key';
import { RemovableRow } from '../common/removable-row';
import { EditActionForm } from './EditActionForm';
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
          view={view}
          action={action}
          itemTitle={action.item ? titles.get(refKey(action.item)) : undefined}
          readOnly={readOnly}
        />
      ))}
    </ul>
  );
}

function ActionRow({
  view,
  action,
  itemTitle,
  readOnly,
}: {
  view: SessionView;
  action: Action;
  itemTitle: string | undefined;
  readOnly: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const remove = useDeleteAction();
  if (editing && !readOnly) {
    return (
      <li className="act-row act-row-editing">
        <EditActionForm view={view} action={action} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <RemovableRow
      className="act-row"
      mainClassName="act-row-main"
      deleteLabel={`Delete action: ${action.title}`}
      onDelete={() => remove.mutateAsync({ actionId: action.id })}
      readOnly={readOnly}
      before={
        <button
          type="button"
          className="button quiet"
          aria-label={`Edit action: ${action.title}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
      }
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
