import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { SelectField } from '@renderer/components/SelectField';
import { TextLimitNote } from '@renderer/components/TextLimit';
import type { AppError } from '@shared/errors';
import { CARD_TEXT_MAX, type SessionView } from '@shared/sessions';
import { useId } from 'react';
import { refKey } from '../common/item-key';
import { PeopleDatalist, usePeopleNames } from '../common/people-names';
import { sortedItems } from './act-items';
import { ACTION_CIRCLE_OPTIONS, type Draft, PRACTICE_OPTIONS } from './action-draft';

const FIELDS = ['title', 'owner', 'dueDate', 'item'];

/** The fields of an action, new or edited: each with its own error, the rest in one banner. */
export function ActionFields({
  view,
  draft,
  update,
  titleId,
  error,
  dueWarning,
}: {
  view: SessionView;
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  titleId: string;
  error: AppError | null;
  /** Said under the due date, e.g. that it is already past. */
  dueWarning: string | null;
}) {
  const ids = useId();
  const people = usePeopleNames(view);
  // An edited action keeps showing its link, even to an item sorted as a concern since.
  const linked = draft.item ? refKey(draft.item) : null;
  const linkable = sortedItems(view.items).filter(
    (item) => item.circle !== 'concern' || refKey(item.ref) === linked,
  );

  function linkTo(key: string) {
    const item = linkable.find((candidate) => refKey(candidate.ref) === key);
    if (!item) return update({ item: null });
    update({
      item: item.ref,
      circle: item.circle === 'influence' ? 'influence' : draft.circle,
      practiceId: item.practiceIds[0] ?? draft.practiceId,
    });
  }

  const errorFor = (field: string) =>
    error?.field === field ? (
      <p id={`${ids}-${field}-error`} className="field-error" role="alert">
        {error.message}
      </p>
    ) : null;
  const describedBy = (field: string, otherwise?: string) =>
    error?.field === field ? `${ids}-${field}-error` : otherwise;
  const invalid = (field: string) => (error?.field === field ? true : undefined);

  return (
    <>
      <div className="field act-form-wide">
        <label htmlFor={titleId}>Action</label>
        <input
          id={titleId}
          value={draft.title}
          autoComplete="off"
          placeholder="What will be done? e.g. Post a short summary after every on-call shift."
          aria-invalid={invalid('title') ?? (draft.title.length > CARD_TEXT_MAX || undefined)}
          aria-describedby={describedBy('title', `${ids}-title-limit`)}
          onChange={(event) => update({ title: event.target.value })}
        />
        {errorFor('title') ?? (
          <TextLimitNote id={`${ids}-title-limit`} text={draft.title} max={CARD_TEXT_MAX} />
        )}
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
          aria-invalid={invalid('owner')}
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
          aria-invalid={invalid('dueDate')}
          aria-describedby={describedBy('dueDate', `${ids}-due-hint`)}
          onChange={(event) => update({ dueDate: event.target.value })}
        />
        {errorFor('dueDate') ??
          (dueWarning ? (
            <p id={`${ids}-due-hint`} className="field-warning" role="alert">
              {dueWarning}
            </p>
          ) : (
            <p id={`${ids}-due-hint`} className="field-hint">
              Optional, but a date helps it happen.
            </p>
          ))}
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
          value={linked ?? ''}
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
        <ErrorBanner error={FIELDS.includes(error?.field ?? '') ? undefined : error} />
      </div>
    </>
  );
}
