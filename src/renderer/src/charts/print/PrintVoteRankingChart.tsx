import type { VoteItem } from '@shared/sessions';
import { CHART_COLOURS } from '../palette';
import { type ChartSize, LIGHT } from '../theme';
import { rankedTitle, titleRoom, topVoted } from '../vote-ranking';
import { bandsOf, TEXT_MIDDLE } from './print-layout';
import '../charts.css';

const BAR = 14;
const TOP = LIGHT.tick + 4;
const RIGHT = LIGHT.label * 2;
/** From a title's baseline down to its bar, and from a bar's end to its dots. */
const GAP = { title: 6, dots: 5 };

/**
 * The report's vote ranking, drawn as plain SVG at a fixed size: the ten items with the most dots,
 * each title above its bar and the dots beside it, as VoteRankingChart draws it on screen.
 */
export function PrintVoteRankingChart({ items, size }: { items: VoteItem[]; size: ChartSize }) {
  const voted = topVoted(items);
  const most = Math.max(1, ...voted.map((item) => item.dots));
  const room = titleRoom(size.width, LIGHT.tick);
  const bands = bandsOf(voted.length, TOP, size.height, BAR);
  return (
    <svg className="chart-print" width={size.width} height={size.height} aria-hidden="true">
      {voted.map((item, index) => {
        const band = bands[index];
        if (!band) return null;
        const width = (item.dots / most) * (size.width - RIGHT);
        return (
          <g key={`${item.ref.kind}:${item.ref.id}`}>
            <text
              x={0}
              y={band.bar - GAP.title}
              fill={CHART_COLOURS.ink}
              fontSize={LIGHT.tick}
              fontWeight={600}
            >
              {rankedTitle(items, item, room)}
            </text>
            <rect x={0} y={band.bar} width={width} height={band.barSize} fill={CHART_COLOURS.bar} />
            <text
              x={width + GAP.dots}
              y={band.barMiddle}
              dy={TEXT_MIDDLE}
              fill={CHART_COLOURS.ink}
              fontSize={LIGHT.label}
              fontWeight={700}
            >
              {item.dots}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
