import type { DashboardSession } from '@shared/dashboard';
import { formatMean, retroName } from '@shared/format';
import { PRACTICES } from '@shared/practices';
import { ChartTable } from './ChartTable';
import { MarkerKey } from './markers';
import { CHART_COLOURS, PRACTICE_STYLES } from './palette';
import { retroAxis } from './retro-axis';
import { TrendLine } from './TrendLine';
import { type ChartProps, LIGHT } from './theme';
import './charts.css';

interface PulseTrendProps extends ChartProps {
  /** Oldest first. */
  sessions: DashboardSession[];
}

const statsOf = (session: DashboardSession, practiceId: string) =>
  session.pulse.find((p) => p.practiceId === practiceId);

/**
 * One small chart per practice on the same 1–5 scale: the mean per session, the spread of
 * ratings as a band, and a star with the count where actions on that practice were agreed.
 */
export function PulseTrendChart({ sessions, size, theme = LIGHT, height = 230 }: PulseTrendProps) {
  const { points, labels } = retroAxis(sessions);
  const titleHeight = theme.tick * 2.4;
  const panel = size && {
    width: Math.floor(size.width / 2) - 12,
    height: Math.floor(size.height / 2) - titleHeight - 12,
  };
  return (
    <div className={`chart-multiples chart-${theme.kind}`} style={size && { width: size.width }}>
      {PRACTICES.map((practice) => {
        const style = PRACTICE_STYLES[practice.id];
        const colour = PRACTICE_STYLES[practice.id].colour;
        return (
          <div className="chart-panel" key={practice.id}>
            <h3 className="chart-panel-title" style={{ color: CHART_COLOURS.ink }}>
              <MarkerKey
                shape={style.marker}
                colour={colour}
                dash={style.dash}
                size={theme.tick * 2}
              />
              {practice.shortName}
            </h3>
            <div className="chart-panel-body">
              <TrendLine
                points={points.map((point, index) => {
                  const stats = statsOf(point, practice.id);
                  return {
                    key: point.id,
                    label: labels[index] ?? point.date,
                    mean: stats?.mean ?? null,
                    min: stats?.min ?? null,
                    max: stats?.max ?? null,
                    marks: stats?.actionsCreated ?? 0,
                  };
                })}
                colour={colour}
                shape={style.marker}
                dash={style.dash}
                theme={theme}
                size={panel}
                height={height}
              />
            </div>
          </div>
        );
      })}
      <p className="chart-note" style={{ color: CHART_COLOURS.muted }}>
        Band: lowest to highest rating · ★ with a number: actions agreed on that practice
      </p>
    </div>
  );
}

/** Every session × practice: mean, spread, how many rated, and actions agreed. */
export function PulseTrendTable({ sessions }: { sessions: DashboardSession[] }) {
  return (
    <ChartTable
      label="Pulse trend table"
      columns={['Retro', 'Practice', 'Mean', 'Lowest', 'Highest', 'Ratings', 'Actions agreed']}
      rows={sessions.flatMap((session) =>
        PRACTICES.map((practice) => {
          const stats = statsOf(session, practice.id);
          return {
            key: `${session.id}:${practice.id}`,
            cells: [
              retroName(session),
              practice.shortName,
              formatMean(stats?.mean ?? null),
              stats?.min ?? '–',
              stats?.max ?? '–',
              stats?.count ?? 0,
              stats?.actionsCreated ?? 0,
            ],
          };
        }),
      )}
    />
  );
}
