import { formatMean } from '@shared/format';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  Scatter,
  XAxis,
  YAxis,
} from 'recharts';
import { AxisLabel } from './AxisLabel';
import { ChartBox } from './ChartBox';
import { Marker } from './markers';
import { CHART_COLOURS, type MarkerShape } from './palette';
import { axisLabels, type ChartHeight, type ChartSize, type ChartTheme } from './theme';

export interface TrendPoint {
  key: string;
  label: string;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Something that happened at this point and is marked with a star, e.g. actions agreed. */
  marks?: number;
}

interface TrendLineProps {
  points: TrendPoint[];
  colour: string;
  shape: MarkerShape;
  dash: string;
  theme: ChartTheme;
  size: ChartSize | undefined;
  height: ChartHeight;
}

/**
 * Room per value label, in label sizes ("3.67" and a gap); with more points than fit, every
 * other (or third) one is labelled (its mean and its count of stars).
 */
const LABEL_ROOM = 2.5;
const STAR_Y = 1.25;

function star(cx: number, cy: number, r: number): string {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return `${cx + radius * Math.cos(angle)},${cy + radius * Math.sin(angle)}`;
  }).join(' ');
}

/**
 * Mean per point as a line with the practice's marker and dash pattern, the lowest..highest
 * rating as a band behind it, the value written above each point and stars along the bottom.
 */
export function TrendLine({ points, colour, shape, dash, theme, size, height }: TrendLineProps) {
  const labels = new Map(points.map((point) => [point.key, point.label]));
  const last = points.length - 1;
  const dataFor = (width: number) => {
    const step = Math.max(1, Math.ceil((LABEL_ROOM * theme.label * points.length) / width));
    return points.map((point, index) => {
      const labelled = (last - index) % step === 0;
      return {
        key: point.key,
        mean: point.mean,
        range: point.min === null || point.max === null ? null : [point.min, point.max],
        meanLabel: point.mean !== null && labelled ? formatMean(point.mean) : undefined,
        star: point.marks ? STAR_Y : null,
        marks: point.marks && labelled ? `${point.marks}` : undefined,
      };
    });
  };
  const halo = {
    stroke: CHART_COLOURS.background,
    strokeWidth: theme.kind === 'projector' ? 8 : 5,
  };

  return (
    <ChartBox size={size} height={height}>
      {(box, width) => {
        const axis = axisLabels(theme, labels, width);
        return (
          <ComposedChart
            data={dataFor(width ?? 600)}
            {...box}
            margin={{ top: theme.label + 14, right: theme.label, bottom: 4, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
            <XAxis
              dataKey="key"
              tick={<AxisLabel labels={labels} fontSize={theme.tick} fill={CHART_COLOURS.ink} />}
              tickLine={false}
              axisLine={{ stroke: CHART_COLOURS.grid }}
              padding={{
                left: Math.max(theme.label, axis.edge),
                right: Math.max(theme.label, axis.edge),
              }}
              ticks={axis.ticks}
              interval={0}
            />
            <YAxis
              domain={[1, 5]}
              ticks={[1, 2, 3, 4, 5]}
              tick={{ fill: CHART_COLOURS.muted, fontSize: theme.tick }}
              tickLine={false}
              axisLine={false}
              width={theme.tick * 1.6}
            />
            <Area
              dataKey="range"
              fill={colour}
              fillOpacity={theme.kind === 'projector' ? 0.28 : 0.16}
              stroke="none"
              isAnimationActive={false}
            />
            <Line
              dataKey="mean"
              stroke={colour}
              strokeWidth={theme.stroke}
              strokeDasharray={dash}
              isAnimationActive={false}
              activeDot={false}
              dot={(props: { cx?: number; cy?: number; index?: number }) => (
                <g key={props.index}>
                  {props.cx !== undefined && props.cy !== undefined && (
                    <Marker
                      shape={shape}
                      cx={props.cx}
                      cy={props.cy}
                      r={theme.marker}
                      fill={colour}
                      outline={CHART_COLOURS.background}
                    />
                  )}
                </g>
              )}
            >
              <LabelList
                dataKey="meanLabel"
                position="top"
                offset={theme.marker + 6}
                fill={CHART_COLOURS.ink}
                fontSize={theme.label}
                fontWeight={700}
                halo={halo}
              />
            </Line>
            <Scatter
              dataKey="star"
              isAnimationActive={false}
              shape={(props: { cx?: number; cy?: number; payload?: { star: number | null } }) =>
                props.payload?.star ? (
                  <polygon
                    points={star(props.cx ?? 0, props.cy ?? 0, theme.marker * 1.3)}
                    fill={CHART_COLOURS.ink}
                    stroke={CHART_COLOURS.background}
                    strokeWidth={1.5}
                  />
                ) : (
                  <g />
                )
              }
            >
              <LabelList
                dataKey="marks"
                position="right"
                offset={theme.marker * 1.3}
                fill={CHART_COLOURS.ink}
                fontSize={theme.label * 0.9}
                fontWeight={700}
                halo={halo}
              />
            </Scatter>
          </ComposedChart>
        );
      }}
    </ChartBox>
  );
}
