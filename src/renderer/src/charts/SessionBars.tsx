import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { AxisLabel } from './AxisLabel';
import { ChartBox } from './ChartBox';
import { CHART_COLOURS } from './palette';
import { axisLabels, type ChartHeight, type ChartSize, type ChartTheme } from './theme';

export interface SessionBar {
  key: string;
  label: string;
  /** Null draws no bar, only its text (e.g. "not yet" where nothing was reviewed). */
  value: number | null;
  /** What is written on top of the bar. */
  text: string;
}

interface SessionBarsProps {
  bars: SessionBar[];
  theme: ChartTheme;
  size: ChartSize | undefined;
  height: ChartHeight;
  /** Fixed top of the scale (100 for percentages); else the largest value. */
  max?: number;
  tickFormatter?: (value: number) => string;
}

/** One bar per session with its number written above it: kudos, participants, follow-through. */
export function SessionBars({ bars, theme, size, height, max, tickFormatter }: SessionBarsProps) {
  const labels = new Map(bars.map((bar) => [bar.key, bar.label]));
  const top = max ?? Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const data = bars.map((bar) => ({ ...bar, value: bar.value ?? 0 }));
  return (
    <ChartBox size={size} height={height}>
      {(box, width) => {
        const axis = axisLabels(theme, labels, width);
        return (
          <BarChart
            data={data}
            {...box}
            margin={{ top: theme.label + 10, right: 8, bottom: 4, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
            <XAxis
              dataKey="key"
              tick={<AxisLabel labels={labels} fontSize={theme.tick} fill={CHART_COLOURS.ink} />}
              tickLine={false}
              axisLine={{ stroke: CHART_COLOURS.grid }}
              padding={{ left: axis.edge, right: axis.edge }}
              ticks={axis.ticks}
              interval={0}
            />
            <YAxis
              domain={[0, top]}
              allowDecimals={false}
              tickCount={max ? 5 : undefined}
              tickFormatter={tickFormatter}
              tick={{ fill: CHART_COLOURS.muted, fontSize: theme.tick }}
              tickLine={false}
              axisLine={false}
              width={theme.tick * (tickFormatter ? 3.4 : 2)}
            />
            {/* A zero still gets a sliver, so its label ("0", "not yet") is drawn; nothing has none. */}
            <Bar
              dataKey="value"
              fill={CHART_COLOURS.bar}
              isAnimationActive={false}
              maxBarSize={90}
              minPointSize={1}
            >
              {bars.map((bar) => (
                <Cell key={bar.key} fill={bar.value === null ? 'transparent' : CHART_COLOURS.bar} />
              ))}
              <LabelList
                dataKey="text"
                position="top"
                fill={CHART_COLOURS.ink}
                fontSize={theme.label}
                fontWeight={700}
              />
            </Bar>
          </BarChart>
        );
      }}
    </ChartBox>
  );
}
