import type { DashboardSession } from '@shared/dashboard';
import { retroName } from '@shared/format';
import { ChartTable } from './ChartTable';
import { retroAxis } from './retro-axis';
import { SessionBars } from './SessionBars';
import { type ChartProps, LIGHT } from './theme';

interface KudosProps extends ChartProps {
  sessions: DashboardSession[];
}

/** Kudos given in each retro: how often the team noticed and thanked initiative. */
export function KudosChart({ sessions, size, theme = LIGHT, height = 240 }: KudosProps) {
  const { points, labels } = retroAxis(sessions);
  return (
    <SessionBars
      bars={points.map((session, index) => ({
        key: session.id,
        label: labels[index] ?? session.date,
        value: session.kudos,
        text: String(session.kudos),
      }))}
      theme={theme}
      size={size}
      height={height}
    />
  );
}

export function KudosTable({ sessions }: { sessions: DashboardSession[] }) {
  return (
    <ChartTable
      label="Kudos table"
      columns={['Retro', 'Kudos']}
      rows={sessions.map((session) => ({
        key: session.id,
        cells: [retroName(session), session.kudos],
      }))}
    />
  );
}
