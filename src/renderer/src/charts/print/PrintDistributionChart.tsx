import { formatPercent } from '@shared/format';
import {
  type DistributionRow,
  labelAxisWidth,
  rowLabel,
  SHARE_TICKS,
  segmentLabel,
  sharesOf,
} from '../distribution-shares';
import { CHART_COLOURS, SCORE_COLOURS } from '../palette';
import { ScoreLegend } from '../ScoreLegend';
import { type ChartSize, LIGHT } from '../theme';
import { bandsOf, TEXT_MIDDLE, TEXT_TOP } from './print-layout';
import '../charts.css';

const MARGIN = { top: 4, right: LIGHT.tick, bottom: 4, left: 4 };
const BAR = 24;
/** Room under the bars for the percent ticks. */
const AXIS_HEIGHT = 30;
const TICK_GAP = 8;
const LABEL_SIZE = 12;
const THRESHOLD = 7;

/**
 * The report's rating distribution, drawn as plain SVG at a fixed size: one bar per row, split
 * into the shares of 1s to 5s, as DistributionChart draws it on screen. The colour key above it
 * takes part of `size.height`.
 */
export function PrintDistributionChart({
  rows,
  size,
}: {
  rows: DistributionRow[];
  size: ChartSize;
}) {
  const legendHeight = LIGHT.tick * 2.2;
  const height = size.height - legendHeight;
  const left = MARGIN.left + labelAxisWidth(rows, LIGHT.tick);
  const right = size.width - MARGIN.right;
  const bottom = height - MARGIN.bottom - AXIS_HEIGHT;
  const scale = (share: number) => left + (share / 100) * (right - left);
  const bands = bandsOf(rows.length, MARGIN.top, bottom, BAR);

  return (
    <div className="chart-light">
      <ScoreLegend fontSize={LIGHT.tick} color={CHART_COLOURS.ink} />
      <svg className="chart-print" width={size.width} height={height} aria-hidden="true">
        {rows.map((row, index) => {
          const band = bands[index];
          if (!band) return null;
          let start = 0;
          return (
            <g key={row.key}>
              <text
                x={left - TICK_GAP}
                y={band.middle}
                dy={TEXT_MIDDLE}
                textAnchor="end"
                fill={CHART_COLOURS.ink}
                fontSize={LIGHT.tick}
              >
                {rowLabel(row)}
              </text>
              {sharesOf(row.distribution).map((share, score) => {
                const x = scale(start);
                start += share;
                if (share === 0) return null;
                const width = scale(start) - x;
                const colours = SCORE_COLOURS[score];
                const label = segmentLabel(share, THRESHOLD);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one segment per score, in order
                  <g key={score}>
                    <rect
                      x={x}
                      y={band.bar}
                      width={width}
                      height={band.barSize}
                      fill={colours?.fill}
                      stroke={CHART_COLOURS.background}
                      strokeWidth={1}
                    />
                    {label && (
                      <text
                        x={x + width / 2}
                        y={band.barMiddle}
                        dy={TEXT_MIDDLE}
                        textAnchor="middle"
                        fill={colours?.text}
                        fontSize={LABEL_SIZE}
                        fontWeight={700}
                      >
                        {label}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
        <line x1={left} y1={bottom} x2={right} y2={bottom} stroke={CHART_COLOURS.grid} />
        {SHARE_TICKS.map((tick) => {
          // The last tick would stick out past the margin: it ends at the chart's edge instead.
          const last = tick === 100;
          return (
            <text
              key={tick}
              x={last ? size.width : scale(tick)}
              y={bottom + TICK_GAP}
              dy={TEXT_TOP}
              textAnchor={last ? 'end' : 'middle'}
              fill={CHART_COLOURS.muted}
              fontSize={LIGHT.tick * 0.85}
            >
              {formatPercent(tick / 100)}
            </text>
          );
        })}
      </svg>
    </div>
  );
}
