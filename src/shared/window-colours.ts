/**
 * The desktop windows' background before their page paints: `--color-page` of the console's
 * theme and of the projector theme in `src/renderer/src/theme/`. A test there keeps them equal.
 */
export const WINDOW_BACKGROUND = {
  console: '#f6f4ef',
  projector: '#0f1b2a',
} as const;
