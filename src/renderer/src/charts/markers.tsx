import type { MarkerShape } from './palette';

interface MarkerProps {
  shape: MarkerShape;
  cx: number;
  cy: number;
  /** Half the marker's width. */
  r: number;
  fill: string;
  /** Outline in the background colour, so a marker stands out where lines cross. */
  outline: string;
}

/** A data point drawn as the practice's own shape. */
export function Marker({ shape, cx, cy, r, fill, outline }: MarkerProps) {
  const common = { fill, stroke: outline, strokeWidth: Math.max(1.5, r / 3) };
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} {...common} />;
    case 'square':
      return (
        <rect x={cx - r * 0.9} y={cy - r * 0.9} width={r * 1.8} height={r * 1.8} {...common} />
      );
    case 'triangle':
      return (
        <polygon
          points={`${cx},${cy - r * 1.15} ${cx + r * 1.1},${cy + r * 0.8} ${cx - r * 1.1},${cy + r * 0.8}`}
          {...common}
        />
      );
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - r * 1.25} ${cx + r * 1.1},${cy} ${cx},${cy + r * 1.25} ${cx - r * 1.1},${cy}`}
          {...common}
        />
      );
  }
}

/** The marker and line pattern of a practice, for legends and headings beside a chart. */
export function MarkerKey({
  shape,
  colour,
  dash,
  size = 28,
}: {
  shape: MarkerShape;
  colour: string;
  dash: string;
  size?: number;
}) {
  const half = size / 2;
  return (
    <svg
      width={size * 1.6}
      height={size * 0.8}
      viewBox={`0 0 ${size * 1.6} ${size * 0.8}`}
      aria-hidden="true"
      className="chart-key"
    >
      <line
        x1={0}
        x2={size * 1.6}
        y1={size * 0.4}
        y2={size * 0.4}
        stroke={colour}
        strokeWidth={size / 9}
        strokeDasharray={dash}
      />
      <Marker
        shape={shape}
        cx={size * 0.8}
        cy={size * 0.4}
        r={half / 3.2}
        fill={colour}
        outline="transparent"
      />
    </svg>
  );
}
