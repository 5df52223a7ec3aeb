import { FormButtons } from '@renderer/components/FormButtons';
import { textLimit } from '@renderer/components/TextLimit';
import { useEditBase } from '@renderer/hooks/use-edit-base';
import { type Action, CARD_TEXT_MAX, type SessionView } from '@shared/sessions';
import { type FormEvent, useId, useState } from 'react';
import { ActionFields } from './ActionFields';
import type { Draft } from './action-draft';
import { useUpdateAction } from './mutations';
import { usePastDueCheck } from './past-due';

const draftOf = (action: Action): Draft => ({
  title: action.title,
  owner: action.owner,
  dueDate: action.dueDate ?? '',
  practiceId: action.practiceId,
  circle: action.circle,
  item: action.item,
});

/** An action rewritten in place: the same fields and checks as a new one. */
export function EditActionForm({
  view,
  action,
  onDone,
}: {
  view: SessionView;
  action: Action;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(action));
  const titleId = useId();
  const save = useUpdateAction();
  const expected = useEditBase(action.title, save.error);
  const due = usePastDueCheck(draft.dueDate, action.dueDate);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (textLimit(draft.title, CARD_TEXT_MAX).over > 0) {
      document.getElementById(titleId)?.focus();
      return;
    }
    if (!due.maySave()) return;
    const { dueDate, ...rest } = draft;
    save.mutate(
      {
        actionId: action.id,
        ...rest,
        dueDate: dueDate === '' ? null : dueDate,
        expected: { title: expected },
      },
      { onSuccess: onDone },
    );
  }

  return (
    <form
      className="act-form act-edit"
      onSubmit={submit}
      noValidate
      aria-label={`Edit action: ${action.title}`}
    >
      <ActionFields
        view={view}
        draft={draft}
        update={(patch) => setDraft((current) => ({ ...current, ...patch }))}
        titleId={titleId}
        error={save.error}
        dueWarning={due.warning}
      />
      <div className="act-form-wide">
        <FormButtons submitLabel="Save action" pending={save.isPending} onCancel={onDone} />
      </div>
    </form>
  );
}
