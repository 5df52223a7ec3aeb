/** Pixel size for print and PDF: the chart is drawn at exactly this size, without animation. */
export interface ChartSize {
  width: number;
  height: number;
}

/**
 * Type sizes and strokes: the console's and print's, or the projector's. Colours are not here:
 * they come from CHART_COLOURS, which follow the theme of the page the chart is drawn in.
 */
export interface ChartTheme {
  kind: 'light' | 'projector';
  tick: number;
  label: number;
  stroke: number;
  marker: number;
}

export const LIGHT: ChartTheme = {
  kind: 'light',
  tick: 13,
  label: 13,
  stroke: 2.5,
  marker: 5,
};

/** Presentation screens: large type (26px and up), drawn inside `.theme-projector`. */
export const PROJECTOR: ChartTheme = {
  kind: 'projector',
  tick: 26,
  label: 28,
  stroke: 5,
  marker: 10,
};

/** On screen: the height to fill, in pixels or as a share of the container ('100%'). */
export type ChartHeight = number | `${number}%`;

/** Props every chart takes besides its data. */
export interface ChartProps {
  /** Fixed size and no animation (print, PDF); without it the chart fills its container. */
  size?: ChartSize;
  theme?: ChartTheme;
  height?: ChartHeight;
}

/**
 * Which points of an axis get their label ("22 Sept", "12 Mar (2)"), and how far in from the
 * chart's sides the first and last point must sit for their labels to show whole. Every point is
 * labelled when there is room, else every second (third…) counted back from the latest, which is
 * always labelled. A character takes about 0.6 of the type size, plus a small gap: estimated,
 * never measured in the page (recharts' own thinning measures every label).
 */
export function axisLabels(
  theme: ChartTheme,
  labels: ReadonlyMap<string, string>,
  width: number | undefined,
): { ticks: string[]; edge: number } {
  const keys = [...labels.keys()];
  const longest = Math.max(0, ...[...labels.values()].map((label) => label.length));
  const room = theme.tick * (0.6 * longest + 0.2);
  const each = (width ?? 0) / Math.max(1, keys.length);
  const step = each >= room ? 1 : Math.ceil(room / Math.max(each, 1));
  const last = keys.length - 1;
  return {
    ticks: keys.filter((_, index) => (last - index) % step === 0),
    edge: Math.ceil(theme.tick * 0.3 * longest),
  };
}
