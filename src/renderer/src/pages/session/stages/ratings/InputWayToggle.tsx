import { useId } from 'react';
import './ratings.css';

export type InputWay = 'tally' | 'laptop';

const WAYS: { id: InputWay; title: string; hint: string }[] = [
  {
    id: 'tally',
    title: 'Tally',
    hint: 'Everyone shows 1 to 5 fingers at once; you type how many gave each score.',
  },
  {
    id: 'laptop',
    title: 'Pass the laptop',
    hint: 'Each person enters their own score in private; the screen clears between people.',
  },
];

/** Choose between a show-of-fingers tally and private entry in turn. */
export function InputWayToggle({
  value,
  onChange,
  legend,
}: {
  value: InputWay;
  onChange: (way: InputWay) => void;
  legend: string;
}) {
  const name = useId();
  return (
    <fieldset className="ratings-way">
      <legend>{legend}</legend>
      {WAYS.map((way) => (
        <label key={way.id} className={`ratings-way-option ${value === way.id ? 'selected' : ''}`}>
          <input
            type="radio"
            name={name}
            checked={value === way.id}
            onChange={() => onChange(way.id)}
            aria-label={way.title}
            aria-describedby={`${name}-${way.id}`}
          />
          <span className="ratings-way-title">{way.title}</span>
          <span className="ratings-way-hint" id={`${name}-${way.id}`}>
            {way.hint}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
