import type { PracticeId } from '@shared/practices';

// The chart palette, read from the design tokens (theme/tokens.css, where Okabe & Ito's
// colour-blind-safe values are written). Every colour is a CSS variable, so charts and stylesheets
// always agree, and a chart drawn inside `.theme-projector` takes the projector's colours.

/** What every chart draws with besides its series. */
export const CHART_COLOURS = {
  /** The page the chart is drawn on: outlines and halos in it make marks stand apart. */
  background: 'var(--chart-background)',
  ink: 'var(--chart-ink)',
  muted: 'var(--chart-muted)',
  grid: 'var(--chart-grid)',
  axis: 'var(--chart-axis)',
  /** Bars of a single series (kudos, participants, follow-through). */
  bar: 'var(--chart-bar)',
  /** The earlier of two compared values. */
  previous: 'var(--chart-previous)',
  mean: 'var(--chart-mean)',
  /** What the shared screen highlights (the most voted items): the theme's accent. */
  accent: 'var(--color-accent)',
} as const;

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** Colour is never the only cue: every practice also has its own marker and line pattern. */
export interface PracticeStyle {
  colour: string;
  marker: MarkerShape;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
}

export const PRACTICE_STYLES: Record<PracticeId, PracticeStyle> = {
  'reward-initiative': {
    colour: 'var(--chart-reward-initiative)',
    marker: 'circle',
    dash: '',
  },
  'share-information': {
    colour: 'var(--chart-share-information)',
    marker: 'square',
    dash: '10 5',
  },
  'model-humility': {
    colour: 'var(--chart-model-humility)',
    marker: 'triangle',
    dash: '3 4',
  },
  'influence-not-control': {
    colour: 'var(--chart-influence-not-control)',
    marker: 'diamond',
    dash: '14 4 3 4',
  },
};

/** Ratings 1..5 on an orange–grey–blue diverging scale, each with the text readable on it. */
export const SCORE_COLOURS: readonly { fill: string; text: string }[] = [1, 2, 3, 4, 5].map(
  (score) => ({ fill: `var(--chart-score-${score})`, text: `var(--chart-score-${score}-text)` }),
);

/**
 * The leads' overview scale: one blue hue from light (a mean of 1) to dark (5), so lightness alone
 * carries the order for any viewer. Returns the background and a text colour readable on it:
 * from 67% of the way to the dark end white passes 4.5:1, below it black does (the tokens' test
 * checks every shade).
 */
export function meanScale(mean: number): { background: string; text: string } {
  const dark = Math.round(Math.min(1, Math.max(0, (mean - 1) / 4)) * 100);
  return {
    background: `color-mix(in srgb, var(--chart-scale-high) ${dark}%, var(--chart-scale-low))`,
    text: dark >= 67 ? 'var(--chart-scale-text-high)' : 'var(--chart-scale-text-low)',
  };
}
