import type { Distribution } from '@shared/sessions';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS } from './palette';
import { LIGHT } from './theme';
import './ratings-chart.css';

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
        <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
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
          axisLine={{ stroke: CHART_COLOURS.axis }}
          tick={{ fill: CHART_COLOURS.ink, fontSize: LIGHT.tick }}
        />
        <Bar dataKey="count" fill={CHART_COLOURS.accent} barSize={20} isAnimationActive={false}>
          <LabelList
            dataKey="count"
            position="right"
            fill={CHART_COLOURS.ink}
            fontSize={LIGHT.tick}
            fontWeight={700}
          />
        </Bar>
      </BarChart>
    </figure>
  );
}
