import { plural, pluralWord } from '@shared/format';
import type { ParticipantView } from '@shared/participant-view';
import { type FormEvent, useState } from 'react';
import { ErrorText } from '../ErrorText';
import { useSubmit } from '../use-submit';

const refKey = (ref: { kind: string; id: string }) => `${ref.kind}:${ref.id}`;

/** Group & vote: this device places its dots; the counts show once the facilitator reveals them. */
export function VoteStep({ view, onSaved }: { view: ParticipantView; onSaved: () => void }) {
  const [dots, setDots] = useState<Record<string, number>>({});
  const save = useSubmit('device.vote', onSaved);
  const each = view.dotsEach;
  const used = Object.values(dots).reduce((sum, n) => sum + n, 0);
  const left = each - used;

  if (view.me.entered.votes) {
    const results = view.shared.items;
    return (
      <section className="p-card" aria-labelledby="p-votes">
        <h1 id="p-votes">Vote</h1>
        <p className="p-done">Your dots are in.</p>
        {results ? (
          <ol className="p-list" aria-label="Vote results">
            {results
              .filter((item) => item.dots > 0)
              .map((item) => (
                <li key={refKey(item.ref)}>
                  <strong>{plural(item.dots, 'dot')}</strong> {item.title}
                </li>
              ))}
          </ol>
        ) : (
          <p className="p-muted">The results show here once the facilitator reveals them.</p>
        )}
      </section>
    );
  }

  const change = (key: string, by: number) =>
    setDots((before) => ({ ...before, [key]: Math.max(0, (before[key] ?? 0) + by) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.submit({
      allocations: view.voteItems
        .map((item) => ({ item: item.ref, dots: dots[refKey(item.ref)] ?? 0 }))
        .filter((allocation) => allocation.dots > 0),
    });
  };
  return (
    <form className="p-card" onSubmit={submit} aria-labelledby="p-votes">
      <h1 id="p-votes">Vote with your dots</h1>
      <p className="p-hint" aria-live="polite">
        {plural(left, 'dot')} of {each} left. You can put more than one on the same item.
      </p>
      {view.voteItems.length === 0 ? (
        <p className="p-muted">Nothing to vote on yet: the cards appear once they are revealed.</p>
      ) : (
        <ul className="p-votes">
          {view.voteItems.map((item) => {
            const key = refKey(item.ref);
            const mine = dots[key] ?? 0;
            return (
              <li key={key}>
                <span className="p-vote-title">{item.title}</span>
                <span className="p-stepper">
                  <button
                    type="button"
                    className="p-button"
                    onClick={() => change(key, -1)}
                    disabled={mine === 0}
                    aria-label={`Take a dot off “${item.title}”`}
                  >
                    −
                  </button>
                  <output aria-label={`Your dots on “${item.title}”`}>{mine}</output>
                  <button
                    type="button"
                    className="p-button"
                    onClick={() => change(key, 1)}
                    disabled={left === 0}
                    aria-label={`Put a dot on “${item.title}”`}
                  >
                    +
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <ErrorText error={save.error} />
      <button type="submit" className="p-button primary" disabled={save.pending || used === 0}>
        Place my {pluralWord(used, 'dot')}
      </button>
    </form>
  );
}
