import { z } from 'zod';
import { DASHBOARD_CHART_IDS } from './dashboard';
import { PRACTICE_IDS } from './practices';
import type { StageId } from './stages';
import { Id } from './teams';

// The shared screen: one presentation window per workspace, following whatever the console puts
// on it. The main process keeps what it shows (stored, so a reload or a restart keeps it); the
// console sets it, and every open window hears of a change through `data.changed`.

/**
 * The dashboard charts one at a time, as the shared screen shows them: the rating split gets a
 * slide per practice, so it reads from the back of the room.
 */
export const SLIDE_IDS = DASHBOARD_CHART_IDS.flatMap((id) =>
  id === 'distribution'
    ? PRACTICE_IDS.map((practice) => `distribution-${practice}` as const)
    : [id],
);
export type SlideId = (typeof SLIDE_IDS)[number];

/** The slide a chart id names (a chart's first slide, or a slide's own id); else the first. */
export function slideNamed(chartId: string | undefined): SlideId {
  const found = SLIDE_IDS.find((id) => id === chartId || id.startsWith(`${chartId}-`));
  return found ?? 'pulse-trend';
}

export interface ScreenTeam {
  id: string;
  name: string;
}

/** What the shared screen shows, as every window reads it. */
export type SharedScreen =
  /** Between retros: the team's name (none before any team was opened). */
  | { show: 'idle'; team: ScreenTeam | null }
  /**
   * A retro's current stage. `page` is the page of a long stage the facilitator turned to,
   * counted from 0 and kept within `pages`. A stage starts at its first page; going back to the
   * stage last paged through finds the page it was left on.
   */
  | {
      show: 'session';
      team: ScreenTeam;
      sessionId: string;
      stageId: StageId;
      page: number;
      pages: number;
    }
  /** One chart of a team's dashboard. */
  | { show: 'chart'; team: ScreenTeam; slideId: SlideId };

export const ShowOnScreenInput = z.discriminatedUnion(
  'show',
  [
    z.object({ show: z.literal('idle'), teamId: Id.nullable() }),
    z.object({ show: z.literal('session'), sessionId: Id }),
    z.object({
      show: z.literal('chart'),
      teamId: Id,
      slideId: z.enum(SLIDE_IDS, { error: 'That chart does not exist.' }),
    }),
  ],
  { error: 'Say what the shared screen should show: idle, session or chart.' },
);

export const TurnPageInput = z.object({
  by: z.union([z.literal(-1), z.literal(1)], {
    error: 'Turn the shared screen one page back (-1) or on (1).',
  }),
});
