import { FormButtons } from '@renderer/components/FormButtons';
import { textLimit } from '@renderer/components/TextLimit';
import { CARD_TEXT_MAX, type SessionView } from '@shared/sessions';
import type { FormEvent } from 'react';
import { ActionFields } from './ActionFields';
import { type Draft, EMPTY_DRAFT } from './action-draft';
import { useAddAction } from './mutations';
import { usePastDueCheck } from './past-due';

/** A new action: one owner, an optional due date, its practice and circle, maybe a linked item. */
export function ActionForm({
  view,
  draft,
  setDraft,
  titleId,
}: {
  view: SessionView;
  draft: Draft;
  setDraft: (update: (draft: Draft) => Draft) => void;
  titleId: string;
}) {
  const add = useAddAction();
  const due = usePastDueCheck(draft.dueDate);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (textLimit(draft.title, CARD_TEXT_MAX).over > 0) {
      document.getElementById(titleId)?.focus();
      return;
    }
    if (!due.maySave()) return;
    const { dueDate, ...rest } = draft;
    add.mutate(
      { sessionId: view.session.id, ...rest, dueDate: dueDate === '' ? null : dueDate },
      {
        onSuccess: () => {
          setDraft(() => EMPTY_DRAFT);
          document.getElementById(titleId)?.focus();
        },
      },
    );
  }

  return (
    <form className="act-form card" onSubmit={submit} noValidate>
      <ActionFields
        view={view}
        draft={draft}
        update={(patch) => setDraft((current) => ({ ...current, ...patch }))}
        titleId={titleId}
        error={add.error}
        dueWarning={due.warning}
      />
      <div className="act-form-wide">
        <FormButtons submitLabel="Add action" pending={add.isPending} />
      </div>
    </form>
  );
}
