import { formatDate, plural, pluralWord, retroName } from '@shared/format';
import {
  formatFigure,
  INSIGHT_LEVEL_LABELS,
  INSIGHT_LEVELS,
  type Insight,
  type InsightLevel,
} from '@shared/insights';
import { type ReactNode, useId } from 'react';
import './insights.css';

type Detail = 'full' | 'summary' | 'brief';

/** "2 need attention · 1 worth discussing · 1 going well" */
export function levelCounts(insights: Insight[]): string {
  const count = (level: InsightLevel) => insights.filter((item) => item.level === level).length;
  const attention = count('attention');
  return [
    attention > 0 && `${attention} ${pluralWord(attention, 'needs')} attention`,
    count('discuss') > 0 && `${count('discuss')} worth discussing`,
    count('good') > 0 && `${count('good')} going well`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** "29 Oct – 26 Nov 2026", or one date. */
function dateSpan(sessions: Insight['sessions']): string {
  const first = sessions[0]?.date ?? '';
  const last = sessions.at(-1)?.date ?? first;
  return first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;
}

interface InsightListProps {
  /** As the service orders them; shown grouped by level, needs attention first. */
  insights: Insight[];
  /** The level of the group headings. */
  level: 3 | 4;
  /**
   * `full`: figures, every retro by name and the chart. `summary` (the report, the Close stage):
   * figures, then the span of the retros and the chart on one line. `brief` (the shared
   * screen): the sentences alone, which carry their key numbers.
   */
  detail?: Detail;
  /** Where the chart that shows an insight is, e.g. a link to it. */
  chart?: (insight: Insight) => ReactNode;
}

/** Insights grouped by level: each sentence with the numbers it rests on and its retros. */
export function InsightList({ insights, level, detail = 'full', chart }: InsightListProps) {
  return (
    <div className="insights">
      {INSIGHT_LEVELS.map((insightLevel) => {
        const items = insights.filter((item) => item.level === insightLevel);
        if (items.length === 0) return null;
        return (
          <InsightGroup key={insightLevel} level={insightLevel} headingLevel={level}>
            {items.map((item, index) => (
              <InsightItem
                // Several insights of one rule differ by practice; the position keeps keys unique.
                key={`${item.ruleId}-${item.practiceId ?? index}`}
                insight={item}
                detail={detail}
                chart={chart?.(item)}
              />
            ))}
          </InsightGroup>
        );
      })}
    </div>
  );
}

function InsightGroup({
  level,
  headingLevel,
  children,
}: {
  level: InsightLevel;
  headingLevel: 3 | 4;
  children: ReactNode;
}) {
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={`insight-group insight-${level}`} aria-labelledby={id}>
      <Heading id={id} className="insight-level">
        {INSIGHT_LEVEL_LABELS[level]}
      </Heading>
      <ul className="insight-items">{children}</ul>
    </section>
  );
}

function InsightItem({
  insight,
  detail,
  chart,
}: {
  insight: Insight;
  detail: Detail;
  chart: ReactNode;
}) {
  return (
    <li className="insight">
      <p className="insight-sentence">{insight.sentence}</p>
      {detail !== 'brief' && (
        <dl className="insight-figures">
          {insight.figures.map((figure) => (
            <div key={figure.key}>
              <dt>{figure.label}</dt>
              <dd>{formatFigure(figure)}</dd>
            </div>
          ))}
        </dl>
      )}
      {detail === 'full' && (
        <>
          <p className="insight-retros">
            <span className="insight-retros-label">
              From {plural(insight.sessions.length, 'retro')}:
            </span>{' '}
            {insight.sessions.map(retroName).join('; ')}
          </p>
          {chart && <div className="insight-chart">{chart}</div>}
        </>
      )}
      {detail === 'summary' && (
        <p className="insight-retros">
          <span className="insight-retros-label">
            From {plural(insight.sessions.length, 'retro')}
          </span>{' '}
          ({dateSpan(insight.sessions)}){chart && <> · {chart}</>}
        </p>
      )}
    </li>
  );
}
