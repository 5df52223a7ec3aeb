import { api } from '@renderer/api/client';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FormButtons } from '@renderer/components/FormButtons';
import { PassTheLaptop } from '@renderer/components/PassTheLaptop';
import { TextField } from '@renderer/components/TextField';
import { useAction } from '@renderer/hooks/use-action';
import { useEditBase } from '@renderer/hooks/use-edit-base';
import { practiceById } from '@shared/practices';
import type {
  Card,
  CardGroup,
  ItemRef,
  Participant,
  SessionView,
  VoteItem,
} from '@shared/sessions';
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { StageProps } from '../stage-props';
import './group-vote.css';

const refKey = (ref: ItemRef) => `${ref.kind}:${ref.id}`;
const dotsText = (dots: number) => `${dots} ${dots === 1 ? 'dot' : 'dots'}`;
/** What ungrouping costs when the group has dots: nothing to say when it has none. */
const votesLostNote = (dots: number) =>
  dots > 0
    ? ` The group’s ${dotsText(dots)} ${dots === 1 ? 'is' : 'are'} removed, so the team may need to vote again.`
    : null;

/** Items in a steady order (groups, then loose cards as written), so lists don't jump while voting. */
function itemsInSteadyOrder(view: SessionView): VoteItem[] {
  const order = new Map(
    [
      ...view.groups.map((g) => refKey({ kind: 'group', id: g.id })),
      ...view.cards.map((c) => refKey({ kind: 'card', id: c.id })),
    ].map((key, index) => [key, index]),
  );
  return [...view.items].sort(
    (a, b) => (order.get(refKey(a.ref)) ?? 0) - (order.get(refKey(b.ref)) ?? 0),
  );
}

export function GroupVoteStage({ view, readOnly }: StageProps) {
  return (
    <div className="gv">
      <Grouping view={view} readOnly={readOnly} />
      <Voting view={view} readOnly={readOnly} />
    </div>
  );
}

// ---------- Grouping ----------

function Grouping({ view, readOnly }: StageProps) {
  const [selected, setSelected] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const loose = view.cards.filter((card) => !card.groupId);
  const chosen = selected.filter((id) => loose.some((card) => card.id === id));
  const hidden = view.cards.filter((card) => card.hidden).length;
  const sessionId = view.session.id;
  const create = useAction(() => api.call('groups.create', { sessionId, title, cardIds: chosen }));
  const reveal = useAction(() => api.call('cards.revealAll', { sessionId }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await create.run()) {
      setSelected([]);
      setTitle('');
    }
  }

  const toggle = (cardId: string, on: boolean) =>
    setSelected((list) => (on ? [...list, cardId] : list.filter((id) => id !== cardId)));

  return (
    <section className="gv-section" aria-labelledby="gv-grouping">
      <h3 id="gv-grouping">1. Group similar cards</h3>
      {hidden > 0 && (
        <div className="gv-note" role="status">
          <p>
            {hidden} {hidden === 1 ? 'card is' : 'cards are'} still hidden on the shared screen, so
            the team cannot see {hidden === 1 ? 'it' : 'them'} yet.
          </p>
          {!readOnly && (
            <button type="button" className="button" onClick={() => reveal.run()}>
              Reveal all cards ({hidden})
            </button>
          )}
          <ErrorBanner error={reveal.error} />
        </div>
      )}
      {view.cards.length === 0 && (
        <p className="empty-note">No cards yet. Collect them in the Reflect stage first.</p>
      )}

      {view.groups.length > 0 && (
        <ul className="gv-groups" aria-label="Groups">
          {view.groups.map((group) => (
            <GroupBox
              key={group.id}
              group={group}
              view={view}
              readOnly={readOnly}
              selected={chosen}
              onAdded={() => setSelected([])}
            />
          ))}
        </ul>
      )}

      {loose.length > 0 && (
        <form className="gv-loose" onSubmit={submit} noValidate>
          <h4>{view.groups.length > 0 ? 'Cards not in a group' : 'Cards'}</h4>
          {!readOnly && (
            <p className="muted">
              Tick cards that say the same thing, give them a title, then group them.
            </p>
          )}
          <ul className="gv-card-list">
            {loose.map((card) => (
              <li key={card.id} className={`gv-card ${card.kind}`}>
                {readOnly ? (
                  <span className="gv-card-text">{card.text}</span>
                ) : (
                  <label>
                    <input
                      type="checkbox"
                      checked={chosen.includes(card.id)}
                      onChange={(event) => toggle(card.id, event.target.checked)}
                    />
                    <span className="gv-card-text">{card.text}</span>
                  </label>
                )}
                <CardTags card={card} />
              </li>
            ))}
          </ul>
          {!readOnly && (
            <div className="gv-group-form">
              <TextField
                label="Group title"
                value={title}
                maxLength={200}
                placeholder="e.g. Releases surprise support"
                onChange={(event) => setTitle(event.target.value)}
                error={create.error?.field === 'title' ? create.error.message : undefined}
              />
              <button type="submit" className="button primary" disabled={create.pending}>
                Group selected cards
              </button>
              <p className="gv-selected" aria-live="polite">
                {chosen.length} selected
              </p>
            </div>
          )}
          {create.error && create.error.field !== 'title' && <ErrorBanner error={create.error} />}
        </form>
      )}
    </section>
  );
}

function CardTags({ card }: { card: Card }) {
  return (
    <span className="gv-tags">
      <span className="badge">{practiceById(card.practiceId).shortName}</span>
      <span className={`badge gv-kind ${card.kind}`}>
        {card.kind === 'went_well' ? 'Went well' : 'To improve'}
      </span>
      {card.hidden && <span className="badge">hidden</span>}
    </span>
  );
}

function GroupBox({
  group,
  view,
  readOnly,
  selected,
  onAdded,
}: {
  group: CardGroup;
  view: SessionView;
  readOnly: boolean;
  selected: string[];
  onAdded: () => void;
}) {
  const [mode, setMode] = useState<'show' | 'rename' | 'ungroup'>('show');
  const [leaving, setLeaving] = useState<Card | null>(null);
  const cards = group.cardIds.flatMap((id) => view.cards.find((card) => card.id === id) ?? []);
  const dots =
    view.items.find((item) => item.ref.kind === 'group' && item.ref.id === group.id)?.dots ?? 0;
  const add = useAction(async (cardIds: string[]) => {
    for (const cardId of cardIds) await api.call('groups.addCard', { groupId: group.id, cardId });
    return null;
  });
  const remove = useAction((cardId: string) => api.call('groups.removeCard', { cardId }));

  return (
    <li className="gv-group">
      {mode === 'rename' ? (
        <RenameGroupForm group={group} onDone={() => setMode('show')} />
      ) : (
        <div className="gv-group-head">
          <h4>{group.title}</h4>
          <span className="gv-group-meta">
            {cards.length} cards · {dotsText(dots)}
          </span>
          {!readOnly && (
            <span className="gv-group-actions">
              <button
                type="button"
                className="button quiet"
                aria-label={`Rename group: ${group.title}`}
                onClick={() => setMode('rename')}
              >
                Rename
              </button>
              <button
                type="button"
                className="button quiet danger-text"
                aria-label={`Ungroup: ${group.title}`}
                onClick={() => setMode('ungroup')}
              >
                Ungroup
              </button>
            </span>
          )}
        </div>
      )}
      <ul className="gv-card-list">
        {cards.map((card) => (
          <li key={card.id} className={`gv-card ${card.kind}`}>
            <span className="gv-card-text">{card.text}</span>
            <CardTags card={card} />
            {!readOnly && (
              <button
                type="button"
                className="button quiet gv-remove"
                aria-label={`Remove from group: ${card.text}`}
                disabled={remove.pending}
                onClick={() => (cards.length <= 2 ? setLeaving(card) : remove.run(card.id))}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && selected.length > 0 && (
        <button
          type="button"
          className="button"
          disabled={add.pending}
          onClick={async () => {
            if ((await add.run(selected)) !== undefined) onAdded();
          }}
        >
          Add {selected.length} selected {selected.length === 1 ? 'card' : 'cards'} to “
          {group.title}”
        </button>
      )}
      <ErrorBanner error={add.error ?? remove.error} />
      {mode === 'ungroup' && (
        <UngroupDialog
          group={group}
          dots={dots}
          count={cards.length}
          onClose={() => setMode('show')}
        />
      )}
      {leaving && (
        <LastPairDialog group={group} card={leaving} dots={dots} onClose={() => setLeaving(null)} />
      )}
    </li>
  );
}

function RenameGroupForm({ group, onDone }: { group: CardGroup; onDone: () => void }) {
  const [title, setTitle] = useState(group.title);
  const guarded = useEditBase(group.title);
  const rename = useAction(() =>
    guarded((expected) =>
      api.call('groups.rename', { groupId: group.id, title, expected: { title: expected } }),
    ),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if ((await rename.run()) !== undefined) onDone();
  }

  return (
    <form className="gv-rename" onSubmit={submit} noValidate>
      <TextField
        label="New group title"
        value={title}
        maxLength={200}
        autoFocus
        onChange={(event) => setTitle(event.target.value)}
        error={rename.error?.message}
      />
      <FormButtons submitLabel="Save title" pending={rename.pending} onCancel={onDone} />
    </form>
  );
}

function UngroupDialog({
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
      onConfirm={() => api.call('groups.delete', { groupId: group.id })}
      onClose={onClose}
    />
  );
}

function LastPairDialog({
  group,
  card,
  dots,
  onClose,
}: {
  group: CardGroup;
  card: Card;
  dots: number;
  onClose: () => void;
}) {
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
      onConfirm={() => api.call('groups.removeCard', { cardId: card.id })}
      onClose={onClose}
    />
  );
}

// ---------- Voting ----------

function Voting({ view, readOnly }: StageProps) {
  const { session } = view;
  const people = view.participants.length;
  const each = session.dotsPerParticipant;
  const limit = people * each;
  const placed = view.items.reduce((sum, item) => sum + item.dots, 0);
  const [mode, setMode] = useState<'tally' | 'laptop'>(
    view.votesSubmitted.length > 0 ? 'laptop' : 'tally',
  );
  const [passing, setPassing] = useState(false);
  const reveal = useAction((revealed: boolean) =>
    api.call('votes.reveal', { sessionId: session.id, revealed }),
  );
  const modeName = useId();

  return (
    <section className="gv-section" aria-labelledby="gv-voting">
      <h3 id="gv-voting">2. Vote with dots</h3>
      {people === 0 ? (
        <p className="gv-note">
          Record who is here in the Check-in stage first. Each person gets {dotsText(each)}, so
          Threadline needs to know how many people there are.
        </p>
      ) : view.items.length === 0 ? (
        <p className="empty-note">There is nothing to vote on yet.</p>
      ) : (
        <>
          <div className="gv-meter">
            <p className="gv-meter-text">
              <strong>
                {placed} of {limit} dots placed
              </strong>{' '}
              <span className="muted">
                ({people} {people === 1 ? 'person' : 'people'} × {dotsText(each)} each)
              </span>
            </p>
            <meter min={0} max={limit} value={placed} aria-label="Dots placed">
              {placed} of {limit}
            </meter>
          </div>

          {!readOnly && (
            <>
              <fieldset className="gv-mode">
                <legend>How is the team voting?</legend>
                <label>
                  <input
                    type="radio"
                    name={modeName}
                    checked={mode === 'tally'}
                    onChange={() => setMode('tally')}
                  />
                  Count dots from the whiteboard (tally)
                </label>
                <label>
                  <input
                    type="radio"
                    name={modeName}
                    checked={mode === 'laptop'}
                    onChange={() => setMode('laptop')}
                  />
                  Pass the laptop: each person votes privately
                </label>
              </fieldset>
              {mode === 'tally' ? (
                <TallyList view={view} />
              ) : (
                <div className="gv-laptop">
                  <p>
                    {view.votesSubmitted.length} of {people}{' '}
                    {people === 1 ? 'person has' : 'people have'} placed their dots. Each person
                    gets {dotsText(each)} and can put more than one on the same item.
                  </p>
                  <button type="button" className="button primary" onClick={() => setPassing(true)}>
                    Start pass-the-laptop
                  </button>
                </div>
              )}
            </>
          )}

          <Ranking items={view.items} />

          {!readOnly && (
            <div className="gv-reveal">
              <p>
                {session.votesRevealed
                  ? 'The results are showing on the shared screen.'
                  : 'The shared screen does not show the votes yet.'}
              </p>
              <button
                type="button"
                className={`button ${session.votesRevealed ? '' : 'primary'}`}
                disabled={reveal.pending}
                onClick={() => reveal.run(!session.votesRevealed)}
              >
                {session.votesRevealed
                  ? 'Hide results from the shared screen'
                  : 'Show results on the shared screen'}
              </button>
              <ErrorBanner error={reveal.error} />
            </div>
          )}
        </>
      )}
      {passing && (
        <PassTheLaptop
          what="dots"
          participants={view.participants}
          submitted={view.votesSubmitted.map((entry) => entry.participantId)}
          onExit={() => setPassing(false)}
          renderForm={(participant, done) => (
            <DotsForm view={view} participant={participant} onSaved={done} />
          )}
        />
      )}
    </section>
  );
}

function TallyList({ view }: { view: SessionView }) {
  return (
    <div className="gv-tally">
      <p className="muted">
        Count the dots on the whiteboard and type how many each item got. Each count is saved when
        you leave the field.
      </p>
      <ul className="gv-tally-list">
        {itemsInSteadyOrder(view).map((item) => (
          <TallyRow key={refKey(item.ref)} sessionId={view.session.id} item={item} />
        ))}
      </ul>
    </div>
  );
}

function TallyRow({ sessionId, item }: { sessionId: string; item: VoteItem }) {
  const [value, setValue] = useState(String(item.tallyDots));
  const id = useId();
  const save = useAction((dots: number) =>
    api.call('votes.setTally', { sessionId, item: item.ref, dots }),
  );
  useEffect(() => setValue(String(item.tallyDots)), [item.tallyDots]);
  const personal = item.dots - item.tallyDots;

  function commit() {
    const dots = value.trim() === '' ? 0 : Number(value);
    if (dots !== item.tallyDots || !Number.isInteger(dots)) void save.run(dots);
  }

  return (
    <li className="gv-tally-row">
      <label htmlFor={id} className="gv-tally-title">
        {item.title}
        {item.ref.kind === 'group' && <span className="badge">group of {item.cardCount}</span>}
      </label>
      <input
        id={id}
        type="number"
        min={0}
        inputMode="numeric"
        aria-label={`Dots for ${item.title}`}
        aria-invalid={save.error ? true : undefined}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
      {personal > 0 && (
        <span className="gv-tally-extra">+ {dotsText(personal)} placed privately</span>
      )}
      {save.error && (
        <p className="field-error gv-tally-error" role="alert">
          {save.error.message}
        </p>
      )}
    </li>
  );
}

function DotsForm({
  view,
  participant,
  onSaved,
}: {
  view: SessionView;
  participant: Participant;
  onSaved: () => void;
}) {
  const each = view.session.dotsPerParticipant;
  const items = itemsInSteadyOrder(view);
  const [dots, setDots] = useState<Record<string, number>>({});
  const used = Object.values(dots).reduce((sum, n) => sum + n, 0);
  const left = each - used;
  const save = useAction(() =>
    api.call('votes.submit', {
      sessionId: view.session.id,
      participantId: participant.id,
      allocations: items.flatMap((item) => {
        const count = dots[refKey(item.ref)] ?? 0;
        return count > 0 ? [{ item: item.ref, dots: count }] : [];
      }),
    }),
  );
  const change = (key: string, by: number) =>
    setDots((current) => ({ ...current, [key]: Math.max(0, (current[key] ?? 0) + by) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if ((await save.run()) !== undefined) onSaved();
  }

  return (
    <form className="gv-dots" onSubmit={submit} noValidate>
      <p className="gv-dots-left" aria-live="polite">
        <strong>
          {left} of {dotsText(each)} left
        </strong>
        {left === 0 && ' — all placed. Save when you are happy.'}
      </p>
      <ul className="gv-dots-list">
        {items.map((item) => {
          const key = refKey(item.ref);
          const count = dots[key] ?? 0;
          return (
            <li key={key} className={count > 0 ? 'has-dots' : ''}>
              <span className="gv-dots-title">{item.title}</span>
              <span className="gv-dots-controls">
                <button
                  type="button"
                  className="button"
                  aria-label={`Remove a dot from ${item.title}`}
                  disabled={count === 0}
                  onClick={() => change(key, -1)}
                >
                  −
                </button>
                <output className="gv-dots-count" aria-label={`Your dots on ${item.title}`}>
                  {count}
                </output>
                <button
                  type="button"
                  className="button"
                  aria-label={`Add a dot to ${item.title}`}
                  disabled={left <= 0}
                  onClick={() => change(key, 1)}
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="muted">Saving replaces any dots you placed before.</p>
      <ErrorBanner error={save.error} />
      <FormButtons submitLabel="Save my dots" pending={save.pending} />
    </form>
  );
}

function Ranking({ items }: { items: VoteItem[] }) {
  const most = Math.max(1, ...items.map((item) => item.dots));
  return (
    <section className="gv-ranking" aria-labelledby="gv-ranking-title">
      <h4 id="gv-ranking-title">Ranking</h4>
      <ol>
        {items.map((item) => (
          <li key={refKey(item.ref)}>
            <span className="gv-rank-title">
              {item.title}
              <span className="gv-rank-practices">
                {item.practiceIds.map((id) => practiceById(id).shortName).join(' · ')}
                {item.ref.kind === 'group' && ` · group of ${item.cardCount}`}
              </span>
            </span>
            <span className="gv-rank-bar" aria-hidden="true">
              <span style={{ width: `${(item.dots / most) * 100}%` }} />
            </span>
            <span className="gv-rank-dots">{dotsText(item.dots)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
