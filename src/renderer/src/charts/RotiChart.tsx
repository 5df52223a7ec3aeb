import type { DashboardSession } from '@shared/dashboard';
import { formatMean, retroName } from '@shared/format';
import { ChartTable } from './ChartTable';
import { CHART_COLOURS } from './palette';
import { retroAxis } from './retro-axis';
import { TrendLine } from './TrendLine';
import { type ChartProps, LIGHT } from './theme';

interface RotiProps extends ChartProps {
  sessions: DashboardSession[];
}

/** Return on time invested per retro: mean 1–5 with the spread of answers as a band. */
export function RotiChart({ sessions, size, theme = LIGHT, height = 240 }: RotiProps) {
  const { points, labels } = retroAxis(sessions);
  return (
    <TrendLine
      points={points.map((session, index) => ({
        key: session.id,
        label: labels[index] ?? session.date,
        mean: session.roti.mean,
        min: session.roti.min,
        max: session.roti.max,
      }))}
      colour={CHART_COLOURS.bar}
      shape="circle"
      dash=""
      theme={theme}
      size={size}
      height={height}
    />
  );
}

export function RotiTable({ sessions }: { sessions: DashboardSession[] }) {
  return (
    <ChartTable
      label="ROTI table"
      columns={['Retro', 'Mean', 'Lowest', 'Highest', 'Answers']}
      rows={sessions.map((session) => ({
        key: session.id,
        cells: [
          retroName(session),
          formatMean(session.roti.mean),
          session.roti.min ?? '–',
          session.roti.max ?? '–',
          session.roti.count,
        ],
      }))}
    />
  );
}
