import { z } from 'zod';
import { roundTo } from './format';
import type { PracticeId } from './practices';
import { IsoDate } from './session-inputs';
import type { Distribution, SessionStatus } from './sessions';
import { Id, type Team } from './teams';

// Result types of the progress charts. Every aggregate is computed in SQL by the main process;
// the renderer only draws and tabulates these numbers.
//
// Conventions shared by every type below:
// - Sessions count whether closed or still in progress (`status` says which).
// - Means are rounded to two decimals; a change is the difference of the rounded means (so a
//   table showing both adds up), rounded to two decimals too.
// - Nothing rated gives `null`, never 0: a session without ratings has null means, not zeros.
// - Per-practice arrays always hold the four practices, in PRACTICE_IDS order.

export const DASHBOARD_MAX_SESSIONS = 500;

/** The team dashboard's charts, in page order: insights name the chart that shows them. */
export const DASHBOARD_CHART_IDS = [
  'pulse-trend',
  'latest-vs-previous',
  'distribution',
  'follow-through',
  'kudos',
  'participation',
  'roti',
] as const;
export type DashboardChartId = (typeof DASHBOARD_CHART_IDS)[number];
export const SAMPLE_TEAM_NAME = 'Sample team: Northwind Platform';

export type Trend = 'up' | 'down' | 'flat';

/** A change smaller than this (in either direction) reads as flat: noise, not movement. */
export const TREND_FLAT_BELOW = 0.1;

export function trendOf(change: number | null): Trend | null {
  if (change === null) return null;
  if (Math.abs(change) < TREND_FLAT_BELOW) return 'flat';
  return change > 0 ? 'up' : 'down';
}

/** A set of 1–5 ratings: a practice's pulse in one session, or the session's ROTI. */
export interface RatingStats {
  count: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** How many gave 1, 2, 3, 4 and 5. */
  distribution: Distribution;
}

const NO_RATINGS: Distribution = [0, 0, 0, 0, 0];

/** Count, mean, lowest and highest of a set of 1–5 ratings, from how many gave each score. */
export function ratingStats(distribution: Distribution): RatingStats {
  const count = distribution.reduce((total, n) => total + n, 0);
  if (count === 0) {
    return { count: 0, mean: null, min: null, max: null, distribution: [...NO_RATINGS] };
  }
  const points = distribution.reduce((total, n, index) => total + n * (index + 1), 0);
  return {
    count,
    mean: roundTo(points / count, 2),
    min: distribution.findIndex((n) => n > 0) + 1,
    max: distribution.findLastIndex((n) => n > 0) + 1,
    distribution,
  };
}

/** Distributions added up: every ROTI answer of the shown retros, say. */
export function pooled(distributions: readonly Distribution[]): Distribution {
  const total: Distribution = [...NO_RATINGS];
  for (const distribution of distributions) {
    distribution.forEach((n, index) => {
      total[index] = (total[index] ?? 0) + n;
    });
  }
  return total;
}

export interface PracticeSessionStats extends RatingStats {
  practiceId: PracticeId;
  /** Actions on this practice agreed in this session: the markers on the pulse trend. */
  actionsCreated: number;
}

/**
 * What became of the actions and commitments made in a session, judged by later sessions' Review.
 * `doneByNextReview`: the first later review marked them done. `doneEventually`: some later review
 * marked them done. `rate` = doneByNextReview / reviewed (0..1, two decimals), or null while none
 * has been reviewed. Reviews in any later session count, even one outside the shown range.
 */
export interface FollowThrough {
  created: number;
  reviewed: number;
  doneByNextReview: number;
  doneEventually: number;
  rate: number | null;
}

export function followThrough(
  created: number,
  reviewed: number,
  doneByNextReview: number,
  doneEventually: number,
): FollowThrough {
  return {
    created,
    reviewed,
    doneByNextReview,
    doneEventually,
    rate: reviewed === 0 ? null : roundTo(doneByNextReview / reviewed, 2),
  };
}

export interface DashboardSession {
  id: string;
  title: string;
  date: string;
  status: SessionStatus;
  participants: number;
  kudos: number;
  actionsCreated: number;
  commitmentsCreated: number;
  roti: RatingStats;
  pulse: PracticeSessionStats[];
  followThrough: FollowThrough;
}

export interface PracticeChange {
  practiceId: PracticeId;
  latest: number | null;
  previous: number | null;
  /** latest − previous; null when either is missing. */
  change: number | null;
  trend: Trend | null;
}

/**
 * Among the shown sessions: the newest with any pulse ratings against the one before it that had
 * ratings (sessions without ratings are skipped). A practice not rated in one of them has a null
 * there, and then no change or trend.
 */
export interface LatestVsPrevious {
  latestSessionId: string | null;
  previousSessionId: string | null;
  practices: PracticeChange[];
}

export interface DashboardTotals {
  sessions: number;
  closedSessions: number;
  inProgressSessions: number;
  kudos: number;
  actions: number;
  commitments: number;
  /** Every ROTI rating of the shown sessions pooled together. */
  roti: RatingStats;
  followThrough: FollowThrough;
}

export interface TeamDashboard {
  team: Pick<Team, 'id' | 'name' | 'isSample' | 'archived'>;
  /** All of the team's sessions, ignoring the filter: tells "no sessions yet" from "none in range". */
  teamSessionCount: number;
  /** The sessions the filter picked, oldest first. */
  sessions: DashboardSession[];
  latestVsPrevious: LatestVsPrevious;
  totals: DashboardTotals;
}

export interface OverviewRow {
  teamId: string;
  name: string;
  isSample: boolean;
  archived: boolean;
  sessionCount: number;
  lastSessionDate: string | null;
  /** The team's newest rated session against the rated one before it, over all its sessions. */
  practices: PracticeChange[];
}

// ---------- Input schemas ----------

/**
 * `from`/`to` keep sessions dated within the range (both ends included); `lastN` then keeps the
 * newest N of those. Without any of them, every session of the team is shown.
 */
export const TeamDashboardInput = z
  .object({
    teamId: Id,
    lastN: z
      .number({ error: 'Enter how many recent sessions to show.' })
      .int('Enter a whole number of sessions.')
      .min(1, 'Show at least 1 session.')
      .max(DASHBOARD_MAX_SESSIONS, `Show at most ${DASHBOARD_MAX_SESSIONS} sessions at once.`)
      .optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    error: 'The end date is before the start date. Pick an end date on or after the start.',
    path: ['to'],
  });

/** The most teams one page of the overview may ask for. */
export const OVERVIEW_PAGE_MAX = 500;

/** Without `limit`, every team; with it, a page of them in the same order. */
export const OverviewInput = z.object({
  includeArchived: z.boolean({ error: 'Say whether to include archived teams.' }).default(false),
  offset: z
    .number({ error: 'Say how many teams to skip.' })
    .int('Skip a whole number of teams.')
    .min(0, 'The number of teams to skip cannot be negative.')
    .default(0),
  limit: z
    .number({ error: 'Say how many teams to list.' })
    .int('List a whole number of teams.')
    .min(1, 'List at least 1 team.')
    .max(OVERVIEW_PAGE_MAX, `List at most ${OVERVIEW_PAGE_MAX} teams at once.`)
    .optional(),
});
