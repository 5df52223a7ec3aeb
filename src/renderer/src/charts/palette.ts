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

/** How many colour steps the leads' overview scale has: one per 0.2 of a mean from 1 to 5. */
export const MEAN_STEPS = 20;

/** The step (1..20) a mean falls in: 1.0–1.2 is step 1, 3.8–4.0 step 15, 4.0–4.2 step 16. */
export function meanStep(mean: number): number {
  // Means are stored to two decimals; rounding first keeps 4.0 from landing a step low.
  const step = Math.floor(Math.round((mean - 1) * 5 * 1e6) / 1e6) + 1;
  return Math.min(MEAN_STEPS, Math.max(1, step));
}

/**
 * The leads' overview scale: twenty steps diverging at 3, the middle of the 1–5 scale, so
 * neighbouring means such as 3.8, 4.0 and 4.2 get colours of their own (the tokens' test checks
 * adjacent steps stand apart). The cell's number says the exact mean. Returns the background and
 * the text colour readable on it.
 */
export function meanScale(mean: number): { background: string; text: string } {
  const step = meanStep(mean);
  return { background: `var(--chart-scale-${step})`, text: `var(--chart-scale-${step}-text)` };
}
