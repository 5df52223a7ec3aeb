import type { PracticeId } from '@shared/practices';

// Okabe & Ito's palette: eight colours told apart with every common colour-vision deficiency.
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** Colour is never the only cue: every practice also has its own marker and line pattern. */
export interface PracticeStyle {
  /** On a light page (the console, print). */
  light: string;
  /** On the dark projector screen: the lighter sibling of the same hue. */
  dark: string;
  marker: MarkerShape;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
}

export const PRACTICE_STYLES: Record<PracticeId, PracticeStyle> = {
  'reward-initiative': {
    light: OKABE_ITO.blue,
    dark: OKABE_ITO.skyBlue,
    marker: 'circle',
    dash: '',
  },
  'share-information': {
    light: OKABE_ITO.vermillion,
    dark: OKABE_ITO.orange,
    marker: 'square',
    dash: '10 5',
  },
  'model-humility': {
    light: OKABE_ITO.bluishGreen,
    dark: OKABE_ITO.bluishGreen,
    marker: 'triangle',
    dash: '3 4',
  },
  'influence-not-control': {
    light: OKABE_ITO.reddishPurple,
    dark: OKABE_ITO.reddishPurple,
    marker: 'diamond',
    dash: '14 4 3 4',
  },
};

/**
 * Ratings 1..5 on an orange–grey–blue diverging scale (safe for red–green colour blindness), each
 * with the text colour that stays readable on it.
 */
export const SCORE_COLOURS: readonly { fill: string; text: string }[] = [
  { fill: OKABE_ITO.vermillion, text: '#000000' },
  { fill: OKABE_ITO.orange, text: '#000000' },
  { fill: '#C9C9C9', text: '#000000' },
  { fill: OKABE_ITO.skyBlue, text: '#000000' },
  { fill: OKABE_ITO.blue, text: '#ffffff' },
];

/**
 * The leads' overview scale: one blue hue from light (1) to dark (5), so lightness alone carries
 * the order for any viewer. Returns the background and a text colour readable on it.
 */
export function meanScale(mean: number): { background: string; text: string } {
  const t = Math.min(1, Math.max(0, (mean - 1) / 4));
  const from = [0xee, 0xf4, 0xfa];
  const to = [0x0b, 0x3c, 0x6e];
  const channel = (i: number) => Math.round((from[i] ?? 0) + ((to[i] ?? 0) - (from[i] ?? 0)) * t);
  const hex = [0, 1, 2].map((i) => channel(i).toString(16).padStart(2, '0')).join('');
  // Past 0.68 white text passes 4.5:1; before it, black does.
  return { background: `#${hex}`, text: t > 0.68 ? '#ffffff' : '#000000' };
}
