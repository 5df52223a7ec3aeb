import type { Distribution } from '@shared/sessions';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import './ratings.css';

// Pieces shared by the Pulse stage, the ROTI panel and their presentation screens.

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

export const sum = (counts: readonly number[]) => counts.reduce((total, n) => total + n, 0);

/** Lowest and highest score given, e.g. "2–5"; null when nobody has rated. */
export function spreadOf(distribution: Distribution): string | null {
  const given = distribution.flatMap((count, index) => (count > 0 ? [index + 1] : []));
  const low = given[0];
  const high = given[given.length - 1];
  if (low === undefined || high === undefined) return null;
  return low === high ? `${low}` : `${low}–${high}`;
}

/** A mean as stored (two decimals at most), with at least one decimal: 3.0, 3.4, 3.67. */
export function formatMean(mean: number | null): string {
  if (mean === null) return '–';
  return mean.toFixed(Math.round(mean * 100) % 10 === 0 ? 1 : 2);
}

/** Horizontal bars for the console: how many people gave each score, counts written on the bars. */
export function DistributionBars({
  distribution,
  scaleLabels,
  title,
}: {
  distribution: Distribution;
  scaleLabels: readonly string[];
  /** Names the chart for assistive technology; a data table beside it carries the numbers. */
  title: string;
}) {
  const data = distribution.map((count, index) => ({
    label: `${index + 1} · ${scaleLabels[index] ?? ''}`,
    count,
  }));
  return (
    <figure className="ratings-chart" aria-label={title}>
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height: 170 }}
        margin={{ top: 4, right: 36, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="#e4e0d6" />
        <XAxis
          type="number"
          domain={[0, Math.max(1, ...distribution)]}
          allowDecimals={false}
          hide
        />
        <YAxis
          type="category"
          dataKey="label"
          width={190}
          interval={0}
          tickLine={false}
          axisLine={{ stroke: '#dcd7cc' }}
          tick={{ fill: '#1c2230', fontSize: 14 }}
        />
        <Bar dataKey="count" fill="#23577d" barSize={20} isAnimationActive={false}>
          <LabelList
            dataKey="count"
            position="right"
            fill="#1c2230"
            fontSize={14}
            fontWeight={700}
          />
        </Bar>
      </BarChart>
    </figure>
  );
}

const PROJECTOR = {
  bar: '#ffc266',
  ink: '#ffffff',
  muted: '#c4d3e3',
  grid: '#2c4560',
  mean: '#7fe0a8',
  panel: '#182a3f',
};
// A halo in the panel colour keeps a count legible where the mean line runs through it.
const HALO = { stroke: PROJECTOR.panel, strokeWidth: 8 };

/** Two-line tick for the projector: the score large, its anchor words below. */
function ScoreTick({
  x,
  y,
  payload,
  scaleLabels,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value: number };
  scaleLabels: readonly string[];
}) {
  const score = payload?.value ?? 0;
  const words = (scaleLabels[score - 1] ?? '').split(' ');
  // Split long anchors over two lines so five of them fit side by side.
  const half =
    words.length > 1 && words.join(' ').length > 11 ? Math.ceil(words.length / 2) : words.length;
  const lines = [words.slice(0, half).join(' '), words.slice(half).join(' ')].filter(Boolean);
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="middle" fill={PROJECTOR.ink}>
      <tspan x={Number(x)} dy="1em" fontSize={28} fontWeight={800}>
        {score}
      </tspan>
      {lines.map((line) => (
        <tspan key={line} x={Number(x)} dy="1.15em" fontSize={21} fill={PROJECTOR.muted}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Columns for the shared screen: one per score, the count on top of each, and the mean as a
 * dashed line at its place on the 1–5 scale, labelled above the chart.
 */
export function DistributionColumns({
  distribution,
  scaleLabels,
  mean,
  height,
  title,
}: {
  distribution: Distribution;
  scaleLabels: readonly string[];
  mean: number | null;
  height: number;
  title: string;
}) {
  const data = distribution.map((count, index) => ({ score: index + 1, count }));
  const most = Math.max(1, ...distribution);
  return (
    <figure className="ratings-chart" aria-label={title}>
      <BarChart
        data={data}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 38, right: 12, bottom: 0, left: 12 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke={PROJECTOR.grid} />
        <YAxis type="number" domain={[0, Math.ceil(most * 1.25)]} allowDecimals={false} hide />
        <XAxis
          type="number"
          dataKey="score"
          domain={[0.5, 5.5]}
          ticks={[1, 2, 3, 4, 5]}
          interval={0}
          height={96}
          tickLine={false}
          axisLine={{ stroke: PROJECTOR.grid, strokeWidth: 2 }}
          tick={<ScoreTick scaleLabels={scaleLabels} />}
        />
        <Bar dataKey="count" fill={PROJECTOR.bar} isAnimationActive={false}>
          <LabelList
            dataKey="count"
            position="top"
            fill={PROJECTOR.ink}
            fontSize={28}
            fontWeight={800}
            halo={HALO}
          />
        </Bar>
        {mean !== null && (
          <ReferenceLine
            x={mean}
            zIndex={250}
            stroke={PROJECTOR.mean}
            strokeWidth={4}
            strokeDasharray="10 6"
            label={{
              value: `Mean ${formatMean(mean)}`,
              position: 'top',
              fill: PROJECTOR.mean,
              fontSize: 26,
              fontWeight: 800,
              halo: HALO,
            }}
          />
        )}
      </BarChart>
    </figure>
  );
}
