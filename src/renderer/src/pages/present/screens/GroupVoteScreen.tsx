import { CHART_COLOURS } from '@renderer/charts/palette';
import { useProjectorChartTheme } from '@renderer/charts/projector-theme';
import type { ChartTheme } from '@renderer/charts/theme';
import { plural } from '@shared/format';
import {
  type BoardTile,
  boardTiles,
  onPage,
  PAGE_SIZES,
  RESULT_ROWS,
  votedItems,
} from '@shared/screen-pages';
import type { VoteItem } from '@shared/sessions';
import { Bar, BarChart, LabelList, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import type { PresentProps } from '../present-props';
import './group-vote-screen.css';

/** Item titles beside the bars take this many of the chart's type sizes in width. */
const TITLE_WIDTH = 20;
/** A bold character's width, in type sizes: enough to keep a line of the title inside. */
const CHAR_WIDTH = 0.64;

export function GroupVoteScreen({ view, page }: PresentProps) {
  const tiles = boardTiles(view);
  const voted = votedItems(view);
  return (
    <div className="gvs">
      {voted.length > 0 ? (
        <Results items={voted} />
      ) : (
        tiles.length > 0 && (
          <ul className="present-tiles" aria-label="Cards and groups">
            {onPage(tiles, page, PAGE_SIZES.groupVote).map((tile) => (
              <Tile key={tile.kind === 'group' ? tile.group.id : tile.card.id} tile={tile} />
            ))}
          </ul>
        )
      )}
      {view.hiddenCardCount > 0 && (
        <p className="gvs-hidden">{plural(view.hiddenCardCount, 'card')} still hidden</p>
      )}
    </div>
  );
}

function Tile({ tile }: { tile: BoardTile }) {
  if (tile.kind === 'card') {
    return (
      <li className={`gvs-tile gvs-card ${tile.card.kind}`}>
        <p className="present-clamp-3">{tile.card.text}</p>
      </li>
    );
  }
  return (
    <li className="gvs-tile gvs-group">
      <p className="gvs-group-title present-clamp-2">{tile.group.title}</p>
      <p className="gvs-group-size">Group of {plural(tile.cards.length, 'card')}</p>
    </li>
  );
}

/** Up to two lines of a long title, so the chart stays readable from the back of the room. */
function wrapTitle(title: string, lineChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/)) {
    if (line && `${line} ${word}`.length > lineChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  const shown = lines.slice(0, 2);
  if (lines.length > 2) shown[1] = `${shown[1]}…`;
  return shown.map((text) => (text.length > lineChars ? `${text.slice(0, lineChars - 1)}…` : text));
}

function TitleTick({
  x,
  y,
  title,
  theme,
}: {
  x: number | string;
  y: number | string;
  title: string;
  theme: ChartTheme;
}) {
  const gap = theme.tick * 0.6;
  const lines = wrapTitle(title, Math.floor((TITLE_WIDTH - 1) / CHAR_WIDTH));
  const left = Number(x) - gap;
  return (
    <text x={left} y={Number(y)} textAnchor="end" className="gvs-tick" fontSize={theme.tick}>
      {lines.map((line, index) => (
        <tspan
          key={line}
          x={left}
          dy={index === 0 ? `${0.35 - (lines.length - 1) * 0.55}em` : '1.1em'}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The top items by dots as bars, the rest counted below; every item in the table. */
function Results({ items }: { items: VoteItem[] }) {
  const theme = useProjectorChartTheme();
  const rows = items.slice(0, RESULT_ROWS).map((item, index) => ({
    key: String(index),
    title: item.title,
    dots: item.dots,
  }));
  const rest = items.length - rows.length;

  return (
    <section className="gvs-results" aria-labelledby="gvs-results-title">
      <h2 id="gvs-results-title">What the team voted for</h2>
      <div className="gvs-chart" aria-hidden="true">
        <BarChart
          data={rows}
          layout="vertical"
          responsive
          style={{ width: '100%', height: '100%' }}
          margin={{ top: 4, right: theme.label * 5, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <XAxis type="number" hide allowDecimals={false} domain={[0, 'dataMax']} />
          <YAxis
            type="category"
            dataKey="key"
            width={Math.round(theme.tick * TITLE_WIDTH)}
            axisLine={false}
            tickLine={false}
            tick={(props: YAxisTickContentProps) => (
              <TitleTick
                x={props.x}
                y={props.y}
                theme={theme}
                title={rows[Number(props.payload.value)]?.title ?? ''}
              />
            )}
          />
          <Bar
            dataKey="dots"
            fill={CHART_COLOURS.accent}
            radius={[0, 8, 8, 0]}
            maxBarSize={theme.tick * 1.8}
            minPointSize={4}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="dots"
              position="right"
              fill={CHART_COLOURS.ink}
              fontSize={theme.label}
              fontWeight={800}
              formatter={(value) => plural(Number(value), 'dot')}
            />
          </Bar>
        </BarChart>
      </div>
      {/* In a box: a table keeps its full size even when told to be 1px wide. */}
      <div className="visually-hidden">
        <table>
          <caption>Dots per item, most first</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Dots</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.ref.kind}:${item.ref.id}`}>
                <td>{item.title}</td>
                <td>{item.dots}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rest > 0 && <p className="present-more">and {rest} more with fewer dots</p>}
    </section>
  );
}
