import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FormButtons } from '@renderer/components/FormButtons';
import { plural } from '@shared/format';
import type { Participant, SessionView } from '@shared/sessions';
import { type FormEvent, useState } from 'react';
import { refKey } from '../common/item-key';
import { useSubmitVotes } from './mutations';
import { itemsInSteadyOrder } from './vote-items';
import './dots-form.css';

/** One person's dots while the laptop is passed round: at most their share, then save. */
export function DotsForm({
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
  const save = useSubmitVotes();
  const change = (key: string, by: number) =>
    setDots((current) => ({ ...current, [key]: Math.max(0, (current[key] ?? 0) + by) }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const allocations = items.flatMap((item) => {
      const count = dots[refKey(item.ref)] ?? 0;
      return count > 0 ? [{ item: item.ref, dots: count }] : [];
    });
    save.mutate(
      { sessionId: view.session.id, participantId: participant.id, allocations },
      { onSuccess: onSaved },
    );
  }

  return (
    <form className="gv-dots" onSubmit={submit} noValidate>
      <p className="gv-dots-left" aria-live="polite">
        <strong>
          {left} of {plural(each, 'dot')} left
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
      <FormButtons submitLabel="Save my dots" pending={save.isPending} />
    </form>
  );
}
