/**
 * A label under a point of a chart's axis, as plain SVG text: recharts' own text component
 * measures every label in the page, which a long axis pays for in forced layouts.
 */
export function AxisLabel({
  x,
  y,
  payload,
  orientation,
  labels,
  fontSize,
  fill,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value: unknown };
  orientation?: string;
  /** The text of each point, by its key. */
  labels: ReadonlyMap<string, string>;
  fontSize: number;
  fill: string;
}) {
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      className="recharts-text recharts-cartesian-axis-tick-value"
      textAnchor="middle"
      fontSize={fontSize}
      fill={fill}
      {...{ orientation }}
    >
      <tspan x={Number(x)} dy="0.71em">
        {labels.get(String(payload?.value)) ?? ''}
      </tspan>
    </text>
  );
}
