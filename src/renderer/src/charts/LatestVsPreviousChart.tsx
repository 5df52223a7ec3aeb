import type { DashboardSession, LatestVsPrevious } from '@shared/dashboard';
import { formatChange, formatDate, formatMean, TREND_WORDS } from '@shared/format';
import { PRACTICE_IDS, practiceById } from '@shared/practices';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { ChartBox } from './ChartBox';
import { ChartTable } from './ChartTable';
import { CHART_COLOURS, PRACTICE_STYLES } from './palette';
import { type ChartProps, type ChartTheme, LIGHT } from './theme';
import './charts.css';

interface LatestVsPreviousProps extends ChartProps {
  comparison: LatestVsPrevious;
  sessions: DashboardSession[];
}

function sessionDate(sessions: DashboardSession[], id: string | null): string | null {
  const session = sessions.find((s) => s.id === id);
  return session ? formatDate(session.date) : null;
}

/** Practice name on the first line, the change (△ +0.20) large on the second. */
function PracticeTick({
  x,
  y,
  payload,
  changes,
  theme,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value: string };
  changes: Map<string, { name: string; change: string }>;
  theme: ChartTheme;
}) {
  const entry = changes.get(payload?.value ?? '');
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="middle" fill={CHART_COLOURS.ink}>
      <tspan x={Number(x)} dy="1em" fontSize={theme.tick}>
        {entry?.name}
      </tspan>
      {entry?.change !== '–' && (
        <tspan x={Number(x)} dy="1.3em" fontSize={theme.label} fontWeight={800}>
          {entry?.change}
        </tspan>
      )}
    </text>
  );
}

/** Per practice: the previous retro's mean (hatched) beside the latest (solid), and the change. */
export function LatestVsPreviousChart({
  comparison,
  sessions,
  size,
  theme = LIGHT,
  height = 300,
}: LatestVsPreviousProps) {
  const hatch = `hatch-${useId().replace(/:/g, '')}`;
  const data = comparison.practices.map((p) => ({
    id: p.practiceId,
    previous: p.previous,
    latest: p.latest,
  }));
  const changes = new Map(
    comparison.practices.map((p) => [
      p.practiceId,
      { name: practiceById(p.practiceId).shortName, change: formatChange(p.change, p.trend) },
    ]),
  );
  const previousDate = sessionDate(sessions, comparison.previousSessionId);
  const latestDate = sessionDate(sessions, comparison.latestSessionId);
  const label = {
    position: 'top' as const,
    fill: CHART_COLOURS.ink,
    fontSize: theme.label,
    fontWeight: 700,
    formatter: (value: unknown) => (typeof value === 'number' ? formatMean(value) : ''),
  };
  const swatch = theme.tick * 1.3;

  return (
    <div className={`chart-${theme.kind}`}>
      <ul className="chart-legend" style={{ color: CHART_COLOURS.ink, fontSize: theme.tick }}>
        {previousDate && (
          <li>
            <svg width={swatch} height={swatch} aria-hidden="true">
              <rect
                width={swatch}
                height={swatch}
                fill={`url(#${hatch})`}
                stroke={CHART_COLOURS.previous}
              />
            </svg>
            Previous retro, {previousDate}
          </li>
        )}
        {latestDate && (
          <li>
            <svg width={swatch * 2} height={swatch} aria-hidden="true">
              {PRACTICE_IDS.map((id, i) => (
                <rect
                  key={id}
                  x={(i * swatch) / 2}
                  width={swatch / 2}
                  height={swatch}
                  fill={PRACTICE_STYLES[id].colour}
                />
              ))}
            </svg>
            Latest retro, {latestDate} (solid)
          </li>
        )}
      </ul>
      <ChartBox size={size} height={height}>
        {(box) => (
          <BarChart
            data={data}
            {...box}
            margin={{ top: theme.label + 10, right: 8, bottom: 8, left: 0 }}
            barGap={theme.kind === 'projector' ? 10 : 4}
            accessibilityLayer={false}
          >
            <defs>
              <pattern
                id={hatch}
                width={8}
                height={8}
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width={8} height={8} fill={CHART_COLOURS.background} />
                <line x1={0} y1={0} x2={0} y2={8} stroke={CHART_COLOURS.previous} strokeWidth={5} />
              </pattern>
            </defs>
            <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
            <XAxis
              dataKey="id"
              interval={0}
              height={theme.tick * 3.4}
              tickLine={false}
              axisLine={{ stroke: CHART_COLOURS.grid }}
              tick={<PracticeTick changes={changes} theme={theme} />}
            />
            <YAxis
              domain={[0, 5]}
              ticks={[1, 2, 3, 4, 5]}
              tick={{ fill: CHART_COLOURS.muted, fontSize: theme.tick }}
              tickLine={false}
              axisLine={false}
              width={theme.tick * 1.6}
            />
            {previousDate && (
              <Bar
                dataKey="previous"
                fill={`url(#${hatch})`}
                stroke={CHART_COLOURS.previous}
                strokeWidth={1.5}
                isAnimationActive={false}
              >
                <LabelList dataKey="previous" {...label} fill={CHART_COLOURS.muted} />
              </Bar>
            )}
            <Bar dataKey="latest" isAnimationActive={false}>
              {data.map((entry) => (
                <Cell key={entry.id} fill={PRACTICE_STYLES[entry.id].colour} />
              ))}
              <LabelList dataKey="latest" {...label} />
            </Bar>
          </BarChart>
        )}
      </ChartBox>
    </div>
  );
}

export function LatestVsPreviousTable({ comparison, sessions }: LatestVsPreviousProps) {
  const previousDate = sessionDate(sessions, comparison.previousSessionId) ?? 'none';
  const latestDate = sessionDate(sessions, comparison.latestSessionId) ?? 'none';
  return (
    <ChartTable
      label="Latest versus previous table"
      columns={[
        'Practice',
        `Previous (${previousDate})`,
        `Latest (${latestDate})`,
        'Change',
        'Direction',
      ]}
      rows={comparison.practices.map((p) => ({
        key: p.practiceId,
        cells: [
          practiceById(p.practiceId).shortName,
          formatMean(p.previous),
          formatMean(p.latest),
          formatChange(p.change, p.trend),
          p.trend ? TREND_WORDS[p.trend] : '–',
        ],
      }))}
    />
  );
}
