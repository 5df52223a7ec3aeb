import { WINDOW_BACKGROUND } from '@shared/window-colours';
import { differenceCiede2000 } from 'culori';
import { describe, expect, it } from 'vitest';
import { MEAN_STEPS, meanScale, meanStep } from '../charts/palette';
import projectorCss from './projector.css?raw';
import tokensCss from './tokens.css?raw';

// The tokens as the browser resolves them: a custom property's var() is substituted where it is
// declared, so a theme scope sees its own declarations and inherits the rest already resolved.

type Scope = Map<string, string>;

function declarationsFor(css: string, selector: string): Map<string, string> {
  const declared = new Map<string, string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const rule of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = (rule[1] ?? '').split(',').map((s) => s.trim());
    if (!selectors.includes(selector)) continue;
    for (const d of (rule[2] ?? '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
      declared.set(d[1] as string, (d[2] as string).replace(/\s+/g, ' ').trim());
    }
  }
  return declared;
}

function resolveScope(parent: Scope, declared: Map<string, string>): Scope {
  const scope = new Map(parent);
  const resolve = (name: string, seen: string[]): string => {
    const own = declared.get(name);
    if (own === undefined) {
      const inherited = parent.get(name);
      if (inherited === undefined) throw new Error(`${seen.join(' → ')} uses ${name}, not a token`);
      return inherited;
    }
    if (seen.includes(name)) throw new Error(`${name} refers to itself`);
    return own.replace(/var\((--[\w-]+)\)/g, (_, ref: string) => resolve(ref, [...seen, name]));
  };
  for (const name of declared.keys()) scope.set(name, resolve(name, []));
  return scope;
}

const css = `${tokensCss}\n${projectorCss}`;
const light = resolveScope(new Map(), declarationsFor(css, ':root'));
const projector = resolveScope(light, declarationsFor(css, '.theme-projector'));
const THEMES = { light, projector };

// ---------- WCAG 2 contrast ----------

type Rgb = [number, number, number];

function rgbOf(value: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(value)?.[1];
  if (!hex) throw new Error(`${value} is not a #rrggbb colour`);
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

function colourIn(scope: Scope, name: string): Rgb {
  const value = scope.get(name);
  if (value === undefined) throw new Error(`${name} is not a token`);
  return rgbOf(value);
}

/** The colour a `var(--token)` reference stands for in the light theme. */
const tokenOf = (reference: string): Rgb =>
  colourIn(light, /var\((--[\w-]+)\)/.exec(reference)?.[1] ?? reference);

/** Text at body size needs 4.5:1 (WCAG AA); large text and the parts of a chart need 3:1. */
const TEXT = 4.5;
const LARGE = 3;

type Pair = [foreground: string, background: string, minimum: number];

const BOTH: Pair[] = [
  // The focus ring is a part of the page a keyboard user must see (WCAG 1.4.11).
  ['--color-focus-ring', '--color-page', LARGE],
  ['--color-focus-ring', '--color-surface', LARGE],
  ['--color-text', '--color-page', TEXT],
  ['--color-text', '--color-surface', TEXT],
  ['--color-text-muted', '--color-page', TEXT],
  ['--color-text-muted', '--color-surface', TEXT],
  ['--color-text-muted', '--color-surface-muted', TEXT],
  ['--color-accent', '--color-surface', TEXT],
  ['--color-accent', '--color-page', TEXT],
  ['--color-text-on-accent', '--color-accent', TEXT],
  ['--color-danger', '--color-page', TEXT],
  ['--color-danger', '--color-surface', TEXT],
  ['--color-success', '--color-surface', TEXT],
  // An insight's level names its group and marks its sentences.
  ...['attention', 'discuss', 'good'].map(
    (level): Pair => [`--color-insight-${level}`, '--color-surface', TEXT],
  ),
  ['--chart-ink', '--chart-background', TEXT],
  ['--chart-muted', '--chart-background', TEXT],
  ['--chart-bar', '--chart-background', LARGE],
  ['--chart-previous', '--chart-background', LARGE],
  ['--chart-reward-initiative', '--chart-background', LARGE],
  ['--chart-share-information', '--chart-background', LARGE],
  ['--chart-model-humility', '--chart-background', LARGE],
  ['--chart-influence-not-control', '--chart-background', LARGE],
  ...[1, 2, 3, 4, 5].map(
    (score): Pair => [`--chart-score-${score}-text`, `--chart-score-${score}`, TEXT],
  ),
];

const PAIRS: Record<keyof typeof THEMES, Pair[]> = {
  light: [
    ...BOTH,
    ['--color-text-on-accent', '--color-accent-strong', TEXT],
    ['--color-text-on-accent', '--color-danger', TEXT],
    ['--color-accent', '--color-accent-soft', TEXT],
    ['--color-info-text', '--color-info-soft', TEXT],
    ['--color-danger', '--color-danger-soft', TEXT],
    ['--color-success', '--color-success-soft', TEXT],
    ['--color-warning-text', '--color-warning-soft', TEXT],
    ['--color-warning-text', '--color-warning-faint', TEXT],
    ['--color-text', '--color-surface-subtle', TEXT],
    ['--color-text', '--color-surface-sunken', TEXT],
    ['--color-text-muted', '--color-surface-subtle', TEXT],
  ],
  projector: [
    ...BOTH,
    ['--color-text', '--color-button', TEXT],
    ['--color-text', '--color-surface-sunken', TEXT],
    ['--color-accent', '--color-page', TEXT],
    ['--chart-mean', '--color-surface', TEXT],
    // Tones are text on the panels (circle and kind headings) and the fill under dark tags.
    ...['success', 'info', 'warning', 'neutral'].flatMap((tone): Pair[] => [
      [`--color-${tone}`, '--color-surface', TEXT],
      ['--color-text-on-accent', `--color-${tone}`, TEXT],
    ]),
  ],
};

describe('design tokens', () => {
  for (const [theme, pairs] of Object.entries(PAIRS) as [keyof typeof THEMES, Pair[]][]) {
    it(`gives text and chart marks enough contrast in the ${theme} theme`, () => {
      const scope = THEMES[theme];
      const failing = pairs
        .map(([fg, bg, minimum]) => ({
          pair: `${fg} on ${bg}`,
          ratio: Math.round(contrast(colourIn(scope, fg), colourIn(scope, bg)) * 100) / 100,
          minimum,
        }))
        .filter(({ ratio, minimum }) => ratio < minimum);
      expect(failing).toEqual([]);
    });
  }

  it('keeps the overview scale readable: the text it picks meets 4.5:1 on every step', () => {
    for (let step = 1; step <= MEAN_STEPS; step += 1) {
      const { background, text } = meanScale(1 + (step - 1) * 0.2);
      expect(contrast(tokenOf(text), tokenOf(background)), `step ${step}`).toBeGreaterThanOrEqual(
        TEXT,
      );
    }
  });

  it('tells adjacent steps of the overview scale apart', () => {
    const steps = Array.from({ length: MEAN_STEPS }, (_, index) =>
      tokenOf(meanScale(1 + index * 0.2).background),
    );
    const deltaE = differenceCiede2000();
    const hex = ([r, g, b]: Rgb) =>
      `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    for (let i = 1; i < steps.length; i += 1) {
      const [before, after] = [steps[i - 1] as Rgb, steps[i] as Rgb];
      // At least 5 in CIEDE2000, where about 2 is the smallest difference anyone sees.
      expect(deltaE(hex(before), hex(after)), `steps ${i} and ${i + 1}`).toBeGreaterThanOrEqual(5);
      // On each side of 3 the shades also step in lightness, for readers who do not see hue;
      // across 3 the hue changes from orange to blue.
      if (i !== MEAN_STEPS / 2) {
        expect(contrast(before, after), `steps ${i} and ${i + 1}`).toBeGreaterThanOrEqual(1.15);
      }
    }
  });

  it('gives 3.8, 4.0 and 4.2 steps of their own, and keeps every mean on the scale', () => {
    expect([3.8, 4.0, 4.2].map(meanStep)).toEqual([15, 16, 17]);
    expect([1, 1.19, 1.2, 2.99, 3, 4.99, 5].map(meanStep)).toEqual([1, 1, 2, 10, 11, 20, 20]);
  });

  it('paints the desktop windows the page colour of their theme before the page loads', () => {
    expect(WINDOW_BACKGROUND.console).toBe(light.get('--color-page'));
    expect(WINDOW_BACKGROUND.projector).toBe(projector.get('--color-page'));
  });
});

// ---------- Every stylesheet and component speaks in tokens ----------

const STYLESHEETS = import.meta.glob<string>('../**/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const SOURCES = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const HEX_COLOUR = /#[0-9a-f]{3,8}\b/gi;

/** Properties a stylesheet sets for its own children (e.g. a card's tone), not tokens. */
const LOCAL_PROPERTIES = /^--(pf-tone|act-circle|review-tone|insight-tone)$/;

describe('stylesheets and components', () => {
  it('use only tokens that exist', () => {
    const unknown = Object.entries(STYLESHEETS).flatMap(([file, text]) =>
      [...text.matchAll(/var\((--[\w-]+)/g)]
        .map((match) => match[1] as string)
        .filter((name) => !light.has(name) && !LOCAL_PROPERTIES.test(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('write no colour as a hex value outside the tokens file', () => {
    const files = { ...STYLESHEETS, ...SOURCES };
    const found = Object.entries(files)
      .filter(([file]) => file !== './tokens.css')
      .flatMap(([file, text]) => (text.match(HEX_COLOUR) ?? []).map((hex) => `${file}: ${hex}`));
    expect(found).toEqual([]);
  });

  it('write no font size as a number outside the tokens file', () => {
    const found = Object.entries(STYLESHEETS)
      .filter(([file]) => !file.startsWith('./'))
      .flatMap(([file, text]) =>
        (text.match(/font-size:\s*[\d.]+(px|rem|em)\b/g) ?? []).map((size) => `${file}: ${size}`),
      );
    expect(found).toEqual([]);
  });
});
