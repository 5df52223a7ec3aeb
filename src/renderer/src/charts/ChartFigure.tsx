import { type ReactNode, useId } from 'react';
import { useChartView } from './chart-views';
import { DrawWhenSeen } from './DrawWhenSeen';
import './charts.css';

interface ChartFigureProps {
  title: string;
  /** One sentence on how to read the chart. */
  description?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  /** Extra buttons beside "Show table", e.g. "Present". */
  actions?: ReactNode;
  /** The title's heading level where the figure sits inside a deeper section. */
  level?: 2 | 3 | 4;
  /** Draw the chart only once it comes near the window, holding its place at about this height. */
  drawWhenSeen?: number;
  /** An element id, for links that open the page at this figure (it then takes the focus). */
  id?: string;
}

/** A titled chart with its data table one click away ("Show table" / "Show chart"). */
export function ChartFigure({
  title,
  description,
  chart,
  table,
  actions,
  level = 2,
  drawWhenSeen,
  id: anchor,
}: ChartFigureProps) {
  const [asTable, toggle] = useChartView(title);
  const id = useId();
  const Heading = `h${level}` as const;
  return (
    <section
      id={anchor}
      tabIndex={anchor ? -1 : undefined}
      className="chart-figure card"
      aria-labelledby={id}
    >
      <div className="chart-figure-head">
        <Heading id={id}>{title}</Heading>
        <div className="chart-figure-actions">
          {actions}
          <button type="button" className="button quiet" onClick={toggle}>
            {asTable ? 'Show chart' : 'Show table'}
          </button>
        </div>
      </div>
      {description && <p className="muted chart-figure-description">{description}</p>}
      {asTable ? (
        table
      ) : (
        <figure aria-label={`${title} chart`}>
          {drawWhenSeen === undefined ? (
            chart
          ) : (
            <DrawWhenSeen height={drawWhenSeen}>{chart}</DrawWhenSeen>
          )}
        </figure>
      )}
    </section>
  );
}
