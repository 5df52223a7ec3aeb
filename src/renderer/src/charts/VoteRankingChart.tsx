import type { VoteItem } from '@shared/sessions';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { ChartBox } from './ChartBox';
import { ChartTable } from './ChartTable';
import { CHART_COLOURS } from './palette';
import { type ChartProps, LIGHT } from './theme';
import { rankedTitle, rankOf, titleRoom, topVoted } from './vote-ranking';

interface VoteRankingProps extends ChartProps {
  /** Already ranked, most dots first. */
  items: VoteItem[];
}

/** The ten items with the most dots: each title written above its bar, the dots beside it. */
export function VoteRankingChart({ items, size, theme = LIGHT, height }: VoteRankingProps) {
  const projector = theme.kind === 'projector';
  const voted = topVoted(items);
  const barSize = projector ? 30 : 14;
  const rowHeight = barSize + theme.tick * 2;
  const most = Math.max(1, ...voted.map((item) => item.dots));
  return (
    <ChartBox size={size} height={height ?? voted.length * rowHeight + 8}>
      {(box, width) => {
        const room = titleRoom(width, theme.tick);
        const data = voted.map((item) => ({
          key: `${item.ref.kind}:${item.ref.id}`,
          title: rankedTitle(items, item, room),
          dots: item.dots,
        }));
        return (
          <BarChart
            layout="vertical"
            data={data}
            {...box}
            barSize={barSize}
            margin={{ top: theme.tick + 4, right: theme.label * 2, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <XAxis type="number" hide domain={[0, most]} />
            <YAxis type="category" dataKey="key" hide />
            <Bar dataKey="dots" fill={CHART_COLOURS.bar} isAnimationActive={false}>
              <LabelList
                dataKey="title"
                content={(props) => (
                  <text
                    x={Number(props.x)}
                    y={Number(props.y) - 6}
                    fill={CHART_COLOURS.ink}
                    fontSize={theme.tick}
                    fontWeight={600}
                  >
                    {props.value}
                  </text>
                )}
              />
              <LabelList
                dataKey="dots"
                position="right"
                fill={CHART_COLOURS.ink}
                fontSize={theme.label}
                fontWeight={700}
              />
            </Bar>
          </BarChart>
        );
      }}
    </ChartBox>
  );
}

export function VoteRankingTable({ items }: { items: VoteItem[] }) {
  return (
    <ChartTable
      label="Vote ranking table"
      columns={['Rank', 'Item', 'Dots']}
      rows={items.map((item) => ({
        key: `${item.ref.kind}:${item.ref.id}`,
        cells: [rankOf(items, item), item.title, item.dots],
      }))}
    />
  );
}
