import { formatMean } from '@shared/format';
import type { ParticipantView } from '@shared/participant-view';
import { ROTI_LABELS, stageById } from '@shared/stages';
import { type FormEvent, useState } from 'react';
import { ErrorText } from '../ErrorText';
import { useSubmit } from '../use-submit';
import { ScorePicker } from './ScorePicker';

export function RotiStep({ view, onSaved }: { view: ParticipantView; onSaved: () => void }) {
  const [score, setScore] = useState<number | null>(null);
  const save = useSubmit('device.roti', onSaved);
  if (view.me.entered.roti) {
    const result = view.shared.roti;
    return (
      <section className="p-card" aria-labelledby="p-roti">
        <h1 id="p-roti">Thank you</h1>
        <p className="p-done">Your answer is in.</p>
        {result ? (
          <ul className="p-results" aria-label="ROTI result">
            <li>
              <span>Average</span>
              <strong>{formatMean(result.mean)} out of 5</strong>
            </li>
            <li>
              <span>Ratings</span>
              <strong>{result.total}</strong>
            </li>
          </ul>
        ) : (
          <p className="p-muted">The result shows here once the facilitator reveals it.</p>
        )}
      </section>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (score !== null) void save.submit({ score });
  };
  return (
    <form className="p-card" onSubmit={submit} aria-labelledby="p-roti">
      <h1 id="p-roti">Was this retro worth your time?</h1>
      <ScorePicker
        label="Return on time invested"
        question={stageById('close').presentationPrompt}
        anchors={ROTI_LABELS}
        value={score}
        onChange={setScore}
      />
      <ErrorText error={save.error} />
      <button type="submit" className="p-button primary" disabled={save.pending || score === null}>
        Send my answer
      </button>
    </form>
  );
}
