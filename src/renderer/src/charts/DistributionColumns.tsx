import { formatMean } from '@shared/format';
import type { Distribution } from '@shared/sessions';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS } from './palette';
import { type ChartHeight, type ChartTheme, PROJECTOR } from './theme';
import './ratings-chart.css';

// A halo in the panel colour keeps a count legible where the mean line runs through it.
const halo = (theme: ChartTheme) => ({
  stroke: 'var(--color-surface)',
  strokeWidth: theme.tick / 3,
});

/** Two-line tick for the projector: the score large, its anchor words below. */
function ScoreTick({
  x,
  y,
  payload,
  scaleLabels,
  theme,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value: number };
  scaleLabels: readonly string[];
  theme: ChartTheme;
}) {
  const score = payload?.value ?? 0;
  const words = (scaleLabels[score - 1] ?? '').split(' ');
  // Split long anchors over two lines so five of them fit side by side.
  const half =
    words.length > 1 && words.join(' ').length > 8 ? Math.ceil(words.length / 2) : words.length;
  const lines = [words.slice(0, half).join(' '), words.slice(half).join(' ')].filter(Boolean);
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="middle" fill={CHART_COLOURS.ink}>
      <tspan x={Number(x)} dy="1em" fontSize={theme.label} fontWeight={800}>
        {score}
      </tspan>
      {lines.map((line) => (
        <tspan
          key={line}
          x={Number(x)}
          dy="1.15em"
          fontSize={anchorSize(theme)}
          fill={CHART_COLOURS.muted}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

// The anchor words under each score, a size below the axis ticks.
const anchorSize = (theme: ChartTheme) => Math.round(theme.tick * 0.8);

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
  theme = PROJECTOR,
}: {
  distribution: Distribution;
  scaleLabels: readonly string[];
  mean: number | null;
  /** Pixels, or '100%' to fill a container of definite height. */
  height: ChartHeight;
  title: string;
  /** The projector's type, grown to the screen (useProjectorChartTheme). */
  theme?: ChartTheme;
}) {
  const data = distribution.map((count, index) => ({ score: index + 1, count }));
  const most = Math.max(1, ...distribution);
  return (
    <figure className="ratings-chart" aria-label={title}>
      <BarChart
        data={data}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: Math.round(theme.tick * 1.5), right: 12, bottom: 0, left: 12 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
        {/* Headroom over the tallest column for its count, clear of the mean's label. */}
        <YAxis type="number" domain={[0, Math.ceil(most * 1.5)]} allowDecimals={false} hide />
        <XAxis
          type="number"
          dataKey="score"
          domain={[0.5, 5.5]}
          ticks={[1, 2, 3, 4, 5]}
          interval={0}
          height={Math.round(theme.label * 1.3 + anchorSize(theme) * 2.5 + 6)}
          tickLine={false}
          axisLine={{ stroke: CHART_COLOURS.grid, strokeWidth: 2 }}
          tick={<ScoreTick scaleLabels={scaleLabels} theme={theme} />}
        />
        <Bar dataKey="count" fill={CHART_COLOURS.accent} isAnimationActive={false}>
          <LabelList
            dataKey="count"
            position="top"
            fill={CHART_COLOURS.ink}
            fontSize={theme.label}
            fontWeight={800}
            halo={halo(theme)}
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
              fontSize: theme.tick,
              fontWeight: 800,
              halo: halo(theme),
            }}
          />
        )}
      </BarChart>
    </figure>
  );
}
