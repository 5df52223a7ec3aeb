import type { Distribution } from '@shared/sessions';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
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
