import type { DashboardSession } from '@shared/dashboard';
import { formatPercent, retroName } from '@shared/format';
import { ChartTable } from './ChartTable';
import { retroAxis } from './retro-axis';
import { SessionBars } from './SessionBars';
import { type ChartProps, LIGHT } from './theme';

interface FollowThroughProps extends ChartProps {
  sessions: DashboardSession[];
}

/** Per session: the share of its actions and commitments that the next review found done. */
export function FollowThroughChart({
  sessions,
  size,
  theme = LIGHT,
  height = 240,
}: FollowThroughProps) {
  const { points, labels } = retroAxis(sessions);
  return (
    <SessionBars
      bars={points.map((session, index) => {
        const { rate } = session.followThrough;
        return {
          key: session.id,
          label: labels[index] ?? session.date,
          value: rate === null ? null : rate * 100,
          text: rate === null ? 'not yet' : formatPercent(rate),
        };
      })}
      max={100}
      tickFormatter={(value) => formatPercent(value / 100)}
      theme={theme}
      size={size}
      height={height}
    />
  );
}

export function FollowThroughTable({ sessions }: { sessions: DashboardSession[] }) {
  return (
    <ChartTable
      label="Follow-through table"
      columns={[
        'Retro',
        'Agreed',
        'Reviewed later',
        'Done by next review',
        'Done eventually',
        'Follow-through',
      ]}
      rows={sessions.map((session) => {
        const f = session.followThrough;
        return {
          key: session.id,
          cells: [
            retroName(session),
            f.created,
            f.reviewed,
            f.doneByNextReview,
            f.doneEventually,
            f.rate === null ? 'Not reviewed yet' : formatPercent(f.rate),
          ],
        };
      })}
    />
  );
}
