import type { PracticeId } from '@shared/practices';
import { OKABE_ITO, PRACTICE_STYLES } from './palette';

/** Pixel size for print and PDF: the chart is drawn at exactly this size, without animation. */
export interface ChartSize {
  width: number;
  height: number;
}

/** Colours and type sizes: the light page of the console and print, or the dark projector. */
export interface ChartTheme {
  kind: 'light' | 'projector';
  ink: string;
  muted: string;
  grid: string;
  background: string;
  /** Bars of a single series (kudos, participants, follow-through). */
  bar: string;
  /** The earlier of two compared values. */
  previous: string;
  tick: number;
  label: number;
  stroke: number;
  marker: number;
}

export const LIGHT: ChartTheme = {
  kind: 'light',
  ink: '#1c2230',
  muted: '#5a6272',
  grid: '#e4e0d6',
  background: '#ffffff',
  bar: OKABE_ITO.blue,
  previous: '#8b93a1',
  tick: 13,
  label: 13,
  stroke: 2.5,
  marker: 5,
};

/** Presentation screens: large type (26px and up), high contrast on a dark background. */
export const PROJECTOR: ChartTheme = {
  kind: 'projector',
  ink: '#ffffff',
  muted: '#c4d3e3',
  grid: '#2c4560',
  background: '#0f1b2a',
  bar: OKABE_ITO.skyBlue,
  previous: '#9aa9ba',
  tick: 26,
  label: 28,
  stroke: 5,
  marker: 10,
};

export function practiceColour(theme: ChartTheme, practiceId: PracticeId): string {
  const style = PRACTICE_STYLES[practiceId];
  return theme.kind === 'projector' ? style.dark : style.light;
}

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
