import { api } from '@renderer/api/client';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FormButtons } from '@renderer/components/FormButtons';
import { SelectField } from '@renderer/components/SelectField';
import { useAction } from '@renderer/hooks/use-action';
import { PRACTICE_IDS, PRACTICES, type PracticeId, practiceById } from '@shared/practices';
import type { Action, Circle, Commitment, ItemRef, SessionView, VoteItem } from '@shared/sessions';
import { CIRCLES, COMMITMENT_QUESTION } from '@shared/stages';
import { type FormEvent, useId, useState } from 'react';
import type { StageProps } from '../stage-props';
import { formatDay } from './day-format';
import { PeopleDatalist, usePeopleNames } from './people-names';
import { RemovableRow } from './removable-row';
import './act.css';

const TOP_ITEMS = 5;
type ActionCircle = Exclude<Circle, 'concern'>;

interface Draft {
  title: string;
  owner: string;
  dueDate: string;
  practiceId: PracticeId;
  circle: ActionCircle;
  item: ItemRef | null;
}

const EMPTY_DRAFT: Draft = {
  title: '',
  owner: '',
  dueDate: '',
  practiceId: PRACTICE_IDS[0],
  circle: 'control',
  item: null,
};

const PRACTICE_OPTIONS = PRACTICES.map((practice) => ({
  value: practice.id,
  label: practice.name,
}));
const ACTION_CIRCLE_OPTIONS = CIRCLES.flatMap((circle) =>
  circle.id === 'concern' ? [] : [{ value: circle.id, label: circle.label }],
);

const refKey = (ref: ItemRef) => `${ref.kind}:${ref.id}`;
const circleLabel = (circle: Circle) => CIRCLES.find((c) => c.id === circle)?.label ?? circle;
const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

function sortedItems(items: VoteItem[]): VoteItem[] {
  return [...items].sort(
    (a, b) => b.dots - a.dots || b.cardCount - a.cardCount || a.title.localeCompare(b.title),
  );
}

export function ActStage({ view, readOnly }: StageProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const formId = useId();
  const titleId = `${formId}-title`;

  function startActionFor(item: VoteItem) {
    setDraft((current) => ({
      ...current,
      item: item.ref,
      circle: item.circle === 'influence' ? 'influence' : 'control',
      practiceId: item.practiceIds[0] ?? current.practiceId,
    }));
    const field = document.getElementById(titleId);
    field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    field?.focus({ preventScroll: true });
  }

  return (
    <div className="act">
      <ItemsSection view={view} readOnly={readOnly} onStartAction={startActionFor} />
      <section aria-labelledby="act-actions-title" className="act-section">
        <h3 id="act-actions-title">Actions</h3>
        {!readOnly && (
          <ActionForm view={view} draft={draft} setDraft={setDraft} titleId={titleId} />
        )}
        <ActionList view={view} readOnly={readOnly} />
      </section>
      <CommitmentsSection view={view} readOnly={readOnly} />
    </div>
  );
}

// ---------- Items and their circles ----------

function ItemsSection({
  view,
  readOnly,
  onStartAction,
}: StageProps & { onStartAction: (item: VoteItem) => void }) {
  const [showAll, setShowAll] = useState(false);
  const items = sortedItems(view.items);
  const shown = showAll ? items : items.slice(0, TOP_ITEMS);
  return (
    <section aria-labelledby="act-items-title" className="act-section">
      <h3 id="act-items-title">Top items</h3>
      {items.length === 0 ? (
        <p className="empty-note">
          There are no cards to act on. You can still add actions and commitments below.
        </p>
      ) : (
        <>
          {!readOnly && (
            <p className="muted act-intro">
              For each item, ask the team where it sits. Turn what you control or can influence into
              an action.
            </p>
          )}
          <dl className="act-circle-key">
            {CIRCLES.map((circle) => (
              <div key={circle.id} className={`act-key-${circle.id}`}>
                <dt>{circle.label}</dt>
                <dd>{circle.hint}</dd>
              </div>
            ))}
          </dl>
          <ol className="act-items">
            {shown.map((item) => (
              <ItemRow
                key={`${refKey(item.ref)}-${item.circle}`}
                view={view}
                item={item}
                readOnly={readOnly}
                onStartAction={onStartAction}
              />
            ))}
          </ol>
          {items.length > TOP_ITEMS && (
            <button type="button" className="button quiet" onClick={() => setShowAll(!showAll)}>
              {showAll ? `Show only the top ${TOP_ITEMS}` : `Show all ${items.length} items`}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function ItemRow({
  view,
  item,
  readOnly,
  onStartAction,
}: StageProps & { item: VoteItem; onStartAction: (item: VoteItem) => void }) {
  const name = useId();
  // Shown at once; the row starts afresh (by its key) when the stored circle changes.
  const [chosen, setChosen] = useState(item.circle);
  const setCircle = useAction(async (circle: Circle) => {
    setChosen(circle);
    try {
      return await api.call('items.setCircle', {
        sessionId: view.session.id,
        item: item.ref,
        circle,
      });
    } catch (error) {
      setChosen(item.circle);
      throw error;
    }
  });
  const linked = view.actions.filter((a) => a.item && refKey(a.item) === refKey(item.ref)).length;
  const practices = item.practiceIds.map((id) => practiceById(id).shortName).join(', ');
  return (
    <li className={`act-item ${item.circle ? `act-item-${item.circle}` : ''}`}>
      <div className="act-item-head">
        <span className="act-dots">{plural(item.dots, 'dot')}</span>
        <div className="act-item-text">
          <p className="act-item-title">{item.title}</p>
          <p className="act-item-meta">
            {item.ref.kind === 'group' ? `Group of ${plural(item.cardCount, 'card')}` : 'Card'}
            {practices && ` · ${practices}`}
            {linked > 0 && ` · ${plural(linked, 'action')}`}
          </p>
        </div>
        {!readOnly && (item.circle === 'control' || item.circle === 'influence') && (
          <button
            type="button"
            className="button act-item-add"
            aria-label={`Add action for ${item.title}`}
            onClick={() => onStartAction(item)}
          >
            Add action
          </button>
        )}
      </div>
      {readOnly ? (
        <p className="act-item-circle">
          {item.circle ? circleLabel(item.circle) : 'Not sorted into a circle'}
        </p>
      ) : (
        <div className="act-item-controls">
          <fieldset className="act-circles" aria-label={`Circle for ${item.title}`}>
            {CIRCLES.map((circle) => (
              <label key={circle.id} className={chosen === circle.id ? 'chosen' : ''}>
                <input
                  type="radio"
                  name={name}
                  value={circle.id}
                  checked={chosen === circle.id}
                  onChange={() => setCircle.run(circle.id)}
                />
                {circle.label}
              </label>
            ))}
          </fieldset>
          {item.circle === 'concern' && (
            <p className="act-concern-note">Name it, then let it go for now.</p>
          )}
        </div>
      )}
      <ErrorBanner error={setCircle.error} />
    </li>
  );
}

// ---------- Actions ----------

function ActionForm({
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
  const add = useAction(() =>
    api.call('actions.add', {
      sessionId: view.session.id,
      title: draft.title,
      owner: draft.owner,
      dueDate: draft.dueDate === '' ? null : draft.dueDate,
      practiceId: draft.practiceId,
      circle: draft.circle,
      item: draft.item,
    }),
  );
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await add.run()) {
      setDraft(() => EMPTY_DRAFT);
      document.getElementById(titleId)?.focus();
    }
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
        <FormButtons submitLabel="Add action" pending={add.pending} />
      </div>
    </form>
  );
}

function ActionList({ view, readOnly }: StageProps) {
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
  return (
    <RemovableRow
      className="act-row"
      mainClassName="act-row-main"
      deleteLabel={`Delete action: ${action.title}`}
      onDelete={() => api.call('actions.delete', { actionId: action.id })}
      readOnly={readOnly}
    >
      <p className="act-row-title">{action.title}</p>
      <p className="act-row-meta">
        <span>
          Owner: <strong>{action.owner}</strong>
        </span>
        <span>{action.dueDate ? `Due ${formatDay(action.dueDate)}` : 'No due date'}</span>
        <span>{practiceById(action.practiceId).shortName}</span>
        <span>{circleLabel(action.circle)}</span>
        {itemTitle && <span>For: {itemTitle}</span>}
      </p>
    </RemovableRow>
  );
}

// ---------- Commitments ----------

function CommitmentsSection({ view, readOnly }: StageProps) {
  return (
    <section aria-labelledby="act-commitments-title" className="act-section">
      <h3 id="act-commitments-title">Personal commitments</h3>
      <p className="act-question">{COMMITMENT_QUESTION}</p>
      {!readOnly && <CommitmentForm view={view} />}
      {view.commitments.length === 0 ? (
        <p className="empty-note">
          {readOnly ? 'No commitments were made in this session.' : 'No commitments yet.'}
        </p>
      ) : (
        <ul className="act-list">
          {view.commitments.map((commitment) => (
            <CommitmentRow key={commitment.id} commitment={commitment} readOnly={readOnly} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CommitmentForm({ view }: { view: SessionView }) {
  const [person, setPerson] = useState('');
  const [text, setText] = useState('');
  const ids = useId();
  const people = usePeopleNames(view);
  const waiting = view.participants.filter(
    (participant) => !view.commitments.some((c) => c.participantId === participant.id),
  );
  // The service links a typed name to the participant with that label.
  const add = useAction(() =>
    api.call('commitments.add', { sessionId: view.session.id, participantId: null, person, text }),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await add.run()) {
      setPerson('');
      setText('');
      document.getElementById(`${ids}-person`)?.focus();
    }
  }

  function writeFor(label: string) {
    setPerson(label);
    add.clearError();
    document.getElementById(`${ids}-text`)?.focus();
  }

  const errorFor = (field: string) =>
    add.error?.field === field ? (
      <p id={`${ids}-${field}-error`} className="field-error" role="alert">
        {add.error.message}
      </p>
    ) : null;
  const invalid = (field: string) => (add.error?.field === field ? true : undefined);

  return (
    <div className="act-commit card">
      {waiting.length > 0 && (
        <div className="act-waiting">
          <p className="act-waiting-label">Still to answer:</p>
          <ul>
            {waiting.map((participant) => (
              <li key={participant.id}>
                <button
                  type="button"
                  className="button act-chip"
                  aria-label={`Write a commitment for ${participant.label}`}
                  onClick={() => writeFor(participant.label)}
                >
                  {participant.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="act-commit-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-person`}>Person</label>
          <input
            id={`${ids}-person`}
            value={person}
            maxLength={200}
            list={`${ids}-people`}
            autoComplete="off"
            placeholder="Name"
            aria-invalid={invalid('person') ?? invalid('participantId')}
            aria-describedby={add.error?.field ? `${ids}-${add.error.field}-error` : undefined}
            onChange={(event) => setPerson(event.target.value)}
          />
          <PeopleDatalist
            id={`${ids}-people`}
            names={[...new Set([...waiting.map((p) => p.label), ...people])]}
          />
          {errorFor('person') ?? errorFor('participantId')}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-text`}>Commitment</label>
          <textarea
            id={`${ids}-text`}
            rows={2}
            value={text}
            maxLength={500}
            placeholder="e.g. I will set up the release checklist without waiting to be asked."
            aria-invalid={invalid('text')}
            aria-describedby={add.error?.field === 'text' ? `${ids}-text-error` : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          {errorFor('text')}
        </div>
        <ErrorBanner
          error={
            ['person', 'participantId', 'text'].includes(add.error?.field ?? '')
              ? undefined
              : add.error
          }
        />
        <FormButtons submitLabel="Add commitment" pending={add.pending} />
      </form>
    </div>
  );
}

function CommitmentRow({ commitment, readOnly }: { commitment: Commitment; readOnly: boolean }) {
  return (
    <RemovableRow
      className="act-row"
      mainClassName="act-row-main"
      deleteLabel={`Delete commitment of ${commitment.person}`}
      onDelete={() => api.call('commitments.delete', { commitmentId: commitment.id })}
      readOnly={readOnly}
    >
      <p className="act-row-title">
        <strong>{commitment.person}</strong> will lead on: {commitment.text}
      </p>
    </RemovableRow>
  );
}
