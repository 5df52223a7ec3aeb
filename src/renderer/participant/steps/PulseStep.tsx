import { formatMean } from '@shared/format';
import type { ParticipantView } from '@shared/participant-view';
import { PRACTICES, type PracticeId } from '@shared/practices';
import { type FormEvent, useState } from 'react';
import { ErrorText } from '../ErrorText';
import { useSubmit } from '../use-submit';
import { ScorePicker } from './ScorePicker';

export function PulseStep({ view, onSaved }: { view: ParticipantView; onSaved: () => void }) {
  const [ratings, setRatings] = useState<Partial<Record<PracticeId, number>>>({});
  const [missing, setMissing] = useState(false);
  const save = useSubmit('device.rate', onSaved);
  const results = view.shared.pulse;

  if (view.me.entered.pulse) {
    return (
      <section className="p-card" aria-labelledby="p-pulse">
        <h1 id="p-pulse">Pulse</h1>
        <p className="p-done">Your ratings are in.</p>
        {results ? (
          <ul className="p-results" aria-label="Pulse results">
            {results.map((result) => (
              <li key={result.practiceId}>
                <span>{PRACTICES.find((p) => p.id === result.practiceId)?.shortName}</span>
                <strong>{formatMean(result.mean)}</strong>
              </li>
            ))}
          </ul>
        ) : (
          <p className="p-muted">The results show here once the facilitator reveals them.</p>
        )}
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (PRACTICES.some((p) => ratings[p.id] === undefined)) return setMissing(true);
    setMissing(false);
    void save.submit({ ratings: ratings as Record<PracticeId, number> });
  };
  return (
    <form className="p-card" onSubmit={submit} aria-labelledby="p-pulse">
      <h1 id="p-pulse">Pulse</h1>
      <p className="p-hint">
        Rate each practice from 1 to 5. Nobody sees your ratings: only everyone’s together, once the
        facilitator reveals them.
      </p>
      {PRACTICES.map((practice) => (
        <ScorePicker
          key={practice.id}
          label={practice.name}
          question={practice.pulseQuestion}
          anchors={practice.scaleLabels}
          value={ratings[practice.id] ?? null}
          onChange={(score) => setRatings((before) => ({ ...before, [practice.id]: score }))}
        />
      ))}
      {missing && (
        <p className="p-error" role="alert">
          Rate all four practices first.
        </p>
      )}
      <ErrorText error={save.error} />
      <button type="submit" className="p-button primary" disabled={save.pending}>
        Send my ratings
      </button>
    </form>
  );
}
