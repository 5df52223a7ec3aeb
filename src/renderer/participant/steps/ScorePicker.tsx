import { useId } from 'react';

/** Five large radio buttons, 1 to 5, each with its anchor: the same scale as the console. */
export function ScorePicker({
  label,
  question,
  anchors,
  value,
  onChange,
}: {
  label: string;
  question: string;
  anchors: readonly string[];
  value: number | null;
  onChange: (score: number) => void;
}) {
  const id = useId();
  return (
    <fieldset className="p-score" aria-describedby={`${id}-q`}>
      <legend>{label}</legend>
      <p className="p-hint" id={`${id}-q`}>
        {question}
      </p>
      <div className="p-score-options">
        {anchors.map((anchor, index) => {
          const score = index + 1;
          return (
            <label key={score} className={value === score ? 'selected' : ''}>
              <input
                type="radio"
                name={id}
                checked={value === score}
                onChange={() => onChange(score)}
                aria-label={`${score}: ${anchor}`}
              />
              <span className="p-score-number">{score}</span>
              <span className="p-score-anchor">{anchor}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
