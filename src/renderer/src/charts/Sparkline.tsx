import { CHART_COLOURS } from './palette';

const WIDTH = 96;
const HEIGHT = 24;
const PAD = 2;

/**
 * A light trend line for a number that needs no full chart: plain SVG, no axes, no labels, no
 * measuring. The number beside it says what it is; the line only shows where it has been going.
 */
export function Sparkline({ values }: { values: (number | null)[] }) {
  const known = values.flatMap((value, index) => (value === null ? [] : [{ value, index }]));
  if (known.length < 2) return null;
  const low = Math.min(...known.map((point) => point.value));
  const high = Math.max(...known.map((point) => point.value));
  const x = (index: number) => PAD + (index / Math.max(1, values.length - 1)) * (WIDTH - 2 * PAD);
  const y = (value: number) =>
    high === low ? HEIGHT / 2 : HEIGHT - PAD - ((value - low) / (high - low)) * (HEIGHT - 2 * PAD);
  const points = known.map((point) => `${x(point.index)},${y(point.value)}`).join(' ');
  const last = known[known.length - 1];
  return (
    <svg
      className="sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
    >
      <polyline points={points} fill="none" stroke={CHART_COLOURS.bar} strokeWidth={1.5} />
      {last && <circle cx={x(last.index)} cy={y(last.value)} r={2.5} fill={CHART_COLOURS.bar} />}
    </svg>
  );
}
