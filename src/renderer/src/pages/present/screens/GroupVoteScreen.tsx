import { CHART_COLOURS } from '@renderer/charts/palette';
import { PROJECTOR } from '@renderer/charts/theme';
import { plural, pluralWord } from '@shared/format';
import type { Card, CardGroup, VoteItem } from '@shared/sessions';
import {
  Bar,
  BarChart,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import type { PresentProps } from '../present-props';
import './group-vote-screen.css';

const CHART_ITEMS = 10;
const ROW_HEIGHT = 78;
const LINE_CHARS = 38;

export function GroupVoteScreen({ view }: PresentProps) {
  const cardsById = new Map(view.cards.map((card) => [card.id, card]));
  const loose = view.cards.filter((card) => !card.groupId);
  // The revealed chart shows what the team voted for: items without a dot are left out.
  const voted = view.items?.filter((item) => item.dots > 0) ?? [];
  return (
    <div className="gvs">
      {voted.length > 0 && <Results items={voted} />}
      {(view.groups.length > 0 || loose.length > 0) && (
        <section className="gvs-board" aria-label="Cards and groups">
          {view.groups.map((group) => (
            <GroupPanel key={group.id} group={group} cardsById={cardsById} />
          ))}
          {loose.length > 0 && (
            <div className="gvs-group gvs-loose">
              <h2>{view.groups.length > 0 ? 'Not in a group' : 'Cards'}</h2>
              <CardList cards={loose} />
            </div>
          )}
        </section>
      )}
      {view.hiddenCardCount > 0 && (
        <p className="gvs-hidden">{plural(view.hiddenCardCount, 'card')} still hidden</p>
      )}
    </div>
  );
}

function GroupPanel({ group, cardsById }: { group: CardGroup; cardsById: Map<string, Card> }) {
  const cards = group.cardIds.flatMap((id) => cardsById.get(id) ?? []);
  return (
    <div className="gvs-group">
      <h2>{group.title}</h2>
      <CardList cards={cards} />
    </div>
  );
}

function CardList({ cards }: { cards: Card[] }) {
  return (
    <ul className="gvs-cards">
      {cards.map((card) => (
        <li key={card.id} className={card.kind}>
          {card.text}
        </li>
      ))}
    </ul>
  );
}

/** Up to two lines of a long title, so the chart stays readable from the back of the room. */
function wrapTitle(title: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/)) {
    if (line && `${line} ${word}`.length > LINE_CHARS) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  const shown = lines.slice(0, 2);
  if (lines.length > 2) shown[1] = `${shown[1]}…`;
  return shown.map((text) =>
    text.length > LINE_CHARS ? `${text.slice(0, LINE_CHARS - 1)}…` : text,
  );
}

function TitleTick({ x, y, title }: { x: number | string; y: number | string; title: string }) {
  const lines = wrapTitle(title);
  return (
    <text x={Number(x) - 16} y={Number(y)} textAnchor="end" className="gvs-tick">
      {lines.map((line, index) => (
        <tspan
          key={line}
          x={Number(x) - 16}
          dy={index === 0 ? `${0.35 - (lines.length - 1) * 0.6}em` : '1.2em'}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

function Results({ items }: { items: VoteItem[] }) {
  const rows = items.slice(0, CHART_ITEMS).map((item, index) => ({
    key: String(index),
    title: item.title,
    dots: item.dots,
  }));
  const rest = items.length - rows.length;

  return (
    <section className="gvs-results" aria-labelledby="gvs-results-title">
      <h2 id="gvs-results-title">What the team voted for</h2>
      <div className="gvs-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={rows.length * ROW_HEIGHT + 16}>
          <BarChart
            data={rows}
            accessibilityLayer={false}
            layout="vertical"
            margin={{ top: 8, right: 140, bottom: 8, left: 8 }}
          >
            <XAxis type="number" hide allowDecimals={false} domain={[0, 'dataMax']} />
            <YAxis
              type="category"
              dataKey="key"
              width={640}
              axisLine={false}
              tickLine={false}
              tick={(props: YAxisTickContentProps) => (
                <TitleTick
                  x={props.x}
                  y={props.y}
                  title={rows[Number(props.payload.value)]?.title ?? ''}
                />
              )}
            />
            <Bar
              dataKey="dots"
              fill={CHART_COLOURS.accent}
              radius={[0, 8, 8, 0]}
              barSize={46}
              minPointSize={4}
            >
              <LabelList
                dataKey="dots"
                position="right"
                fill={CHART_COLOURS.ink}
                fontSize={PROJECTOR.label}
                fontWeight={800}
                formatter={(value) => plural(Number(value), 'dot')}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
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
      {rest > 0 && (
        <p className="gvs-rest">
          {rest} more {pluralWord(rest, 'item')} with fewer dots
        </p>
      )}
    </section>
  );
}
