import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FormButtons } from '@renderer/components/FormButtons';
import { SelectField } from '@renderer/components/SelectField';
import type { SessionView } from '@shared/sessions';
import { type FormEvent, useId } from 'react';
import { refKey } from '../common/item-key';
import { PeopleDatalist, usePeopleNames } from '../common/people-names';
import { sortedItems } from './act-items';
import { ACTION_CIRCLE_OPTIONS, type Draft, EMPTY_DRAFT, PRACTICE_OPTIONS } from './action-draft';
import { useAddAction } from './mutations';

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
  const ids = useId();
  const people = usePeopleNames(view);
  const linkable = sortedItems(view.items).filter((item) => item.circle !== 'concern');
  const add = useAddAction();
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
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

  function linkTo(key: string) {
    const item = linkable.find((candidate) => refKey(candidate.ref) === key);
    if (!item) return update({ item: null });
    update({
      item: item.ref,
      circle: item.circle === 'influence' ? 'influence' : draft.circle,
      practiceId: item.practiceIds[0] ?? draft.practiceId,
    });
  }

  const known = ['title', 'owner', 'dueDate', 'item'];
  const errorFor = (field: string) => {
    if (add.error?.field !== field) return null;
    return (
      <p id={`${ids}-${field}-error`} className="field-error" role="alert">
        {add.error.message}
      </p>
    );
  };
  const describedBy = (field: string) =>
    add.error?.field === field ? `${ids}-${field}-error` : undefined;

  return (
    <form className="act-form card" onSubmit={submit} noValidate>
      <div className="field act-form-wide">
        <label htmlFor={titleId}>Action</label>
        <input
          id={titleId}
          value={draft.title}
          maxLength={500}
          autoComplete="off"
          placeholder="What will be done? e.g. Post a short summary after every on-call shift."
          aria-invalid={add.error?.field === 'title' ? true : undefined}
          aria-describedby={describedBy('title')}
          onChange={(event) => update({ title: event.target.value })}
        />
        {errorFor('title')}
      </div>
      <div className="field act-form-two">
        <label htmlFor={`${ids}-owner`}>Owner</label>
        <input
          id={`${ids}-owner`}
          value={draft.owner}
          maxLength={200}
          list={`${ids}-people`}
          autoComplete="off"
          placeholder="One person"
          aria-invalid={add.error?.field === 'owner' ? true : undefined}
          aria-describedby={describedBy('owner')}
          onChange={(event) => update({ owner: event.target.value })}
        />
        <PeopleDatalist id={`${ids}-people`} names={people} />
        {errorFor('owner')}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-due`}>Due date</label>
        <input
          id={`${ids}-due`}
          type="date"
          value={draft.dueDate}
          aria-invalid={add.error?.field === 'dueDate' ? true : undefined}
          aria-describedby={describedBy('dueDate') ?? `${ids}-due-hint`}
          onChange={(event) => update({ dueDate: event.target.value })}
        />
        {errorFor('dueDate') ?? (
          <p id={`${ids}-due-hint`} className="field-hint">
            Optional, but a date helps it happen.
          </p>
        )}
      </div>
      <SelectField
        label="Practice"
        className="act-form-two"
        value={draft.practiceId}
        options={PRACTICE_OPTIONS}
        onChange={(practiceId) => update({ practiceId })}
      />
      <SelectField
        label="Circle"
        value={draft.circle}
        options={ACTION_CIRCLE_OPTIONS}
        onChange={(circle) => update({ circle })}
      />
      <div className="field act-form-wide">
        <label htmlFor={`${ids}-item`}>Linked item (optional)</label>
        <select
          id={`${ids}-item`}
          value={draft.item ? refKey(draft.item) : ''}
          aria-describedby={describedBy('item')}
          onChange={(event) => linkTo(event.target.value)}
        >
          <option value="">Not linked to an item</option>
          {linkable.map((item) => (
            <option key={refKey(item.ref)} value={refKey(item.ref)}>
              {item.title}
            </option>
          ))}
        </select>
        {errorFor('item')}
      </div>
      <div className="act-form-wide">
        <ErrorBanner error={known.includes(add.error?.field ?? '') ? undefined : add.error} />
        <FormButtons submitLabel="Add action" pending={add.isPending} />
      </div>
    </form>
  );
}
