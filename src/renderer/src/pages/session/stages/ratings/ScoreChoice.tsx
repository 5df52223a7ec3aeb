import { useId } from 'react';
import './ratings.css';

/** Five radios named "1" to "5", each with its short anchor shown beside it. */
export function ScoreChoice({
  label,
  question,
  scaleLabels,
  value,
  onChange,
}: {
  label: string;
  question?: string;
  scaleLabels: readonly string[];
  value: number | null;
  onChange: (score: number) => void;
}) {
  const id = useId();
  return (
    <div className="ratings-choice">
      <p className="ratings-choice-label" id={`${id}-label`}>
        {label}
      </p>
      {question && (
        <p className="ratings-choice-question" id={`${id}-question`}>
          {question}
        </p>
      )}
      <div
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        aria-describedby={question ? `${id}-question` : undefined}
        className="ratings-choice-options"
      >
        {scaleLabels.map((caption, index) => {
          const score = index + 1;
          return (
            <label key={score} className={value === score ? 'selected' : ''}>
              <input
                type="radio"
                name={id}
                checked={value === score}
                onChange={() => onChange(score)}
                aria-label={String(score)}
                aria-describedby={`${id}-${score}`}
              />
              <span className="ratings-choice-score" aria-hidden="true">
                {score}
              </span>
              <span className="ratings-choice-caption" id={`${id}-${score}`}>
                {caption}
              </span>
            </label>
          );
        })}
      </div>
    </div>
  );
}
