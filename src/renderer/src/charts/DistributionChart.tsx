import { formatPercent } from '@shared/format';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { ChartBox } from './ChartBox';
import { ChartTable } from './ChartTable';
import {
  type DistributionRow,
  labelAxisWidth,
  rowLabel,
  SCORES,
  SHARE_TICKS,
  segmentLabel,
  sharesOf,
  totalOf,
} from './distribution-shares';
import { CHART_COLOURS, SCORE_COLOURS } from './palette';
import { ScoreLegend } from './ScoreLegend';
import { type ChartProps, LIGHT } from './theme';
import './charts.css';

interface DistributionProps extends ChartProps {
  rows: DistributionRow[];
  /** Names the table, e.g. "Initiative ratings table". */
  tableLabel?: string;
  /** What the rows are, as the table's first column header. */
  rowHeader?: string;
  /** False when several charts share one colour key drawn beside them. */
  legend?: boolean;
}

/**
 * One bar per row, split into the share of people who gave 1, 2, 3, 4 and 5 (adding up to 100%).
 * Shares large enough to hold their number show it inside the segment.
 */
export function DistributionChart({
  rows,
  size,
  theme = LIGHT,
  height,
  legend = true,
}: DistributionProps) {
  const projector = theme.kind === 'projector';
  const barSize = projector ? 48 : 24;
  const legendHeight = legend ? theme.tick * 2.2 : 0;
  const data = rows.map((row) => ({
    key: row.key,
    ...Object.fromEntries(
      sharesOf(row.distribution).map((share, index) => [`s${index + 1}`, share]),
    ),
  }));
  const labels = new Map(rows.map((row) => [row.key, rowLabel(row)]));
  const fitted = rows.length * (barSize + (projector ? 22 : 12)) + theme.tick * 2.5;
  // Only segments wide enough for "43%" carry their number; the table has every one.
  const threshold = projector ? 9 : 7;

  return (
    <div className={`chart-${theme.kind}`}>
      {legend && <ScoreLegend fontSize={theme.tick} color={CHART_COLOURS.ink} />}
      <ChartBox
        size={size && { width: size.width, height: size.height - legendHeight }}
        height={height ?? fitted}
      >
        {(box) => (
          <BarChart
            layout="vertical"
            data={data}
            {...box}
            barSize={barSize}
            margin={{ top: 4, right: theme.tick, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={SHARE_TICKS}
              tickFormatter={(value: number) => formatPercent(value / 100)}
              tick={{ fill: CHART_COLOURS.muted, fontSize: theme.tick * 0.85 }}
              tickLine={false}
              axisLine={{ stroke: CHART_COLOURS.grid }}
            />
            <YAxis
              type="category"
              dataKey="key"
              interval={0}
              width={labelAxisWidth(rows, theme.tick)}
              tickFormatter={(key: string) => labels.get(key) ?? ''}
              tick={{ fill: CHART_COLOURS.ink, fontSize: theme.tick }}
              tickLine={false}
              axisLine={false}
            />
            {SCORES.map((score, index) => (
              <Bar
                key={score}
                dataKey={`s${score}`}
                stackId="share"
                fill={SCORE_COLOURS[index]?.fill}
                stroke={CHART_COLOURS.background}
                strokeWidth={1}
                isAnimationActive={false}
              >
                <LabelList
                  dataKey={`s${score}`}
                  position="center"
                  fill={SCORE_COLOURS[index]?.text}
                  fontSize={projector ? theme.label * 0.9 : 12}
                  fontWeight={700}
                  formatter={(value: unknown) =>
                    typeof value === 'number' ? segmentLabel(value, threshold) : ''
                  }
                />
              </Bar>
            ))}
          </BarChart>
        )}
      </ChartBox>
    </div>
  );
}

/** How many gave each score, with the share, per row. */
export function DistributionTable({
  rows,
  tableLabel = 'Rating distribution table',
  rowHeader = 'Retro',
}: DistributionProps) {
  return (
    <ChartTable
      label={tableLabel}
      columns={[rowHeader, ...SCORES.map(String), 'Ratings']}
      rows={rows.map((row) => {
        const total = totalOf(row.distribution);
        return {
          key: row.key,
          cells: [
            row.label,
            ...row.distribution.map((count) =>
              total ? `${count} (${formatPercent(count / total)})` : '0',
            ),
            total,
          ],
        };
      })}
    />
  );
}
