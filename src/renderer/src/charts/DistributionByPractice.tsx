import type { DashboardSession } from '@shared/dashboard';
import { formatPercent, retroName } from '@shared/format';
import { PRACTICES, type PracticeId } from '@shared/practices';
import { ChartTable } from './ChartTable';
import { DistributionChart } from './DistributionChart';
import type { DistributionRow } from './distribution-shares';
import { MarkerKey } from './markers';
import { CHART_COLOURS, PRACTICE_STYLES } from './palette';
import { retroAxis } from './retro-axis';
import { ScoreLegend } from './ScoreLegend';
import { type ChartProps, LIGHT } from './theme';

interface ByPracticeProps extends ChartProps {
  sessions: DashboardSession[];
}

/** One bar per session (or period of a long history) for a practice: how its ratings split. */
export function practiceRows(
  sessions: DashboardSession[],
  practiceId: PracticeId,
): DistributionRow[] {
  const { points, labels } = retroAxis(sessions);
  return points.map((session, index) => ({
    key: session.id,
    label: labels[index] ?? session.date,
    distribution: session.pulse.find((p) => p.practiceId === practiceId)?.distribution ?? [
      0, 0, 0, 0, 0,
    ],
  }));
}

/** The rating distribution of every practice across sessions, one chart per practice. */
export function DistributionByPractice({ sessions, size, theme = LIGHT }: ByPracticeProps) {
  const legendHeight = theme.tick * 2.2;
  const panel = size && {
    width: Math.floor(size.width / 2) - 12,
    height: Math.floor((size.height - legendHeight) / 2) - theme.tick * 2.4 - 12,
  };
  return (
    <div className={`chart-multiples chart-${theme.kind}`} style={size && { width: size.width }}>
      <div className="chart-wide">
        <ScoreLegend fontSize={theme.tick} color={CHART_COLOURS.ink} />
      </div>
      {PRACTICES.map((practice) => {
        const style = PRACTICE_STYLES[practice.id];
        return (
          <div className="chart-panel" key={practice.id}>
            <h3 className="chart-panel-title" style={{ color: CHART_COLOURS.ink }}>
              <MarkerKey
                shape={style.marker}
                colour={PRACTICE_STYLES[practice.id].colour}
                dash={style.dash}
                size={theme.tick * 2}
              />
              {practice.shortName}
            </h3>
            <DistributionChart
              rows={practiceRows(sessions, practice.id)}
              theme={theme}
              size={panel}
              legend={false}
            />
          </div>
        );
      })}
    </div>
  );
}

export function DistributionByPracticeTable({ sessions }: { sessions: DashboardSession[] }) {
  return (
    <ChartTable
      label="Rating distribution table"
      columns={['Retro', 'Practice', '1', '2', '3', '4', '5', 'Ratings']}
      rows={sessions.flatMap((session) =>
        session.pulse.map((stats) => ({
          key: `${session.id}:${stats.practiceId}`,
          cells: [
            retroName(session),
            PRACTICES.find((p) => p.id === stats.practiceId)?.shortName,
            ...stats.distribution.map((count) =>
              stats.count ? `${count} (${formatPercent(count / stats.count)})` : '0',
            ),
            stats.count,
          ],
        })),
      )}
    />
  );
}
