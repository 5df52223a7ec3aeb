import type { Distribution } from '@shared/sessions';
import { useId } from 'react';
import './tally-input.css';

interface TallyInputProps {
  /** Names the group, e.g. "Tally for Model humility". */
  label: string;
  counts: Distribution;
  onChange: (counts: Distribution) => void;
  /** Short labels for 1..5. */
  scaleLabels: readonly string[];
  disabled?: boolean;
}

/** How many people gave each score from 1 to 5: what a facilitator counts from raised hands. */
export function TallyInput({ label, counts, onChange, scaleLabels, disabled }: TallyInputProps) {
  const id = useId();
  return (
    <fieldset className="tally" aria-label={label} disabled={disabled}>
      <legend className="visually-hidden">{label}</legend>
      {counts.map((count, index) => {
        const score = index + 1;
        return (
          <div className="tally-cell" key={score}>
            <label htmlFor={`${id}-${score}`}>
              <span className="tally-score">{score}</span>
              <span className="tally-caption">{scaleLabels[index]}</span>
            </label>
            <input
              id={`${id}-${score}`}
              type="number"
              min={0}
              inputMode="numeric"
              value={count}
              aria-label={`${label}: people who gave ${score}`}
              onChange={(event) => {
                const next = [...counts] as Distribution;
                next[index] = Math.max(0, Number.parseInt(event.target.value || '0', 10) || 0);
                onChange(next);
              }}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
