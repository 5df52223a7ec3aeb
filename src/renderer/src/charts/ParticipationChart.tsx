import type { DashboardSession } from '@shared/dashboard';
import { retroName } from '@shared/format';
import { ChartTable } from './ChartTable';
import { retroAxis } from './retro-axis';
import { SessionBars } from './SessionBars';
import { type ChartProps, LIGHT } from './theme';

interface ParticipationProps extends ChartProps {
  sessions: DashboardSession[];
}

/** How many people took part in each retro. */
export function ParticipationChart({
  sessions,
  size,
  theme = LIGHT,
  height = 240,
}: ParticipationProps) {
  const { points, labels } = retroAxis(sessions);
  return (
    <SessionBars
      bars={points.map((session, index) => ({
        key: session.id,
        label: labels[index] ?? session.date,
        value: session.participants,
        text: String(session.participants),
      }))}
      theme={theme}
      size={size}
      height={height}
    />
  );
}

export function ParticipationTable({ sessions }: { sessions: DashboardSession[] }) {
  return (
    <ChartTable
      label="Participation table"
      columns={['Retro', 'Participants']}
      rows={sessions.map((session) => ({
        key: session.id,
        cells: [retroName(session), session.participants],
      }))}
    />
  );
}
