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
 * Whether every label ("22 Sept", "12 Mar (2)") fits under its point across `width`: a character
 * takes about 0.6 of the type size, plus a small gap between neighbours.
 */
export function fitsEveryTick(
  theme: ChartTheme,
  labels: readonly string[],
  width: number | undefined,
): boolean {
  const longest = Math.max(0, ...labels.map((label) => label.length));
  return (
    width !== undefined && width / Math.max(1, labels.length) >= theme.tick * (0.6 * longest + 0.2)
  );
}
