import { formatMean } from '@shared/format';
import type { Distribution } from '@shared/sessions';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS } from './palette';
import { PROJECTOR } from './theme';
import './ratings-chart.css';

// A halo in the panel colour keeps a count legible where the mean line runs through it.
const HALO = { stroke: 'var(--color-surface)', strokeWidth: 8 };
// The anchor words under each score, a size below the axis ticks.
const ANCHOR_SIZE = Math.round(PROJECTOR.tick * 0.8);

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
    <text x={Number(x)} y={Number(y)} textAnchor="middle" fill={CHART_COLOURS.ink}>
      <tspan x={Number(x)} dy="1em" fontSize={PROJECTOR.label} fontWeight={800}>
        {score}
      </tspan>
      {lines.map((line) => (
        <tspan
          key={line}
          x={Number(x)}
          dy="1.15em"
          fontSize={ANCHOR_SIZE}
          fill={CHART_COLOURS.muted}
        >
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
        <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
        <YAxis type="number" domain={[0, Math.ceil(most * 1.25)]} allowDecimals={false} hide />
        <XAxis
          type="number"
          dataKey="score"
          domain={[0.5, 5.5]}
          ticks={[1, 2, 3, 4, 5]}
          interval={0}
          height={96}
          tickLine={false}
          axisLine={{ stroke: CHART_COLOURS.grid, strokeWidth: 2 }}
          tick={<ScoreTick scaleLabels={scaleLabels} />}
        />
        <Bar dataKey="count" fill={CHART_COLOURS.accent} isAnimationActive={false}>
          <LabelList
            dataKey="count"
            position="top"
            fill={CHART_COLOURS.ink}
            fontSize={PROJECTOR.label}
            fontWeight={800}
            halo={HALO}
          />
        </Bar>
        {mean !== null && (
          <ReferenceLine
            x={mean}
            zIndex={250}
            stroke={CHART_COLOURS.mean}
            strokeWidth={4}
            strokeDasharray="10 6"
            label={{
              value: `Mean ${formatMean(mean)}`,
              position: 'top',
              fill: CHART_COLOURS.mean,
              fontSize: PROJECTOR.tick,
              fontWeight: 800,
              halo: HALO,
            }}
          />
        )}
      </BarChart>
    </figure>
  );
}
