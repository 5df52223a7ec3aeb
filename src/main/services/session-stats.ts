import {
  type DashboardSession,
  followThrough,
  type PracticeSessionStats,
  ratingStats,
} from '@shared/dashboard';
import { PRACTICE_IDS, type PracticeId } from '@shared/practices';
import type { Distribution, SessionStatus } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import type { RatingTotalsRow } from '../db/rows';
import { prepared } from './writers/prepared';

// Per-session aggregates of a team's retros, shared by the dashboard and the insights: which
// sessions a filter picks, and each one's ratings, kudos, participation and follow-through.
// Sessions are picked first; the aggregates are then read for exactly those, so several
// teams' sessions (the insights of every team) are read in the same few queries as one team's.

type Counts = Omit<RatingTotalsRow, 'session_id'>;
const COUNTS_SQL = 'd1, d2, d3, d4, d5';

const distributionOf = (row: Counts | undefined): Distribution =>
  row ? [row.d1, row.d2, row.d3, row.d4, row.d5] : [0, 0, 0, 0, 0];

export interface SessionFilter {
  teamId: string;
  from: string | null;
  to: string | null;
  /** The newest this many; -1 for all. */
  limit: number;
  closedOnly?: boolean;
  upTo?: string | null;
}

/**
 * The sessions the filter picks: dated within from..to, then the newest `limit` (-1: all).
 * Insights narrow it further: only closed sessions (`closedOnly`), and none after the session
 * `upTo`, which itself counts even while in progress.
 */
export function pickSessions(db: Database, filter: SessionFilter): string[] {
  return prepared(
    db,
    `SELECT id FROM sessions
     WHERE team_id = @teamId
       AND (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <= @to)
       AND (@closedOnly = 0 OR status = 'closed' OR id = @upTo)
       AND (@upTo IS NULL OR (date, created_at, rowid) <=
         (SELECT date, created_at, rowid FROM sessions WHERE id = @upTo))
     ORDER BY date DESC, created_at DESC, rowid DESC
     LIMIT @limit`,
  )
    .pluck()
    .all({
      ...filter,
      closedOnly: filter.closedOnly ? 1 : 0,
      upTo: filter.upTo ?? null,
    }) as string[];
}

/** `session_id IN` the ids given as one JSON array: one statement whatever their number. */
const IN_IDS = 'IN (SELECT value FROM json_each(@ids))';

interface SessionRow {
  id: string;
  title: string;
  date: string;
  status: SessionStatus;
  participants: number;
  kudos: number;
  actions: number;
  commitments: number;
}

function sessionRows(db: Database, ids: string): SessionRow[] {
  return prepared(
    db,
    `SELECT s.id, s.title, s.date, s.status,
       (SELECT COUNT(*) FROM participants p WHERE p.session_id = s.id) AS participants,
       (SELECT COUNT(*) FROM kudos k WHERE k.session_id = s.id) AS kudos,
       (SELECT COUNT(*) FROM actions a WHERE a.session_id = s.id) AS actions,
       (SELECT COUNT(*) FROM commitments c WHERE c.session_id = s.id) AS commitments
     FROM sessions s WHERE s.id ${IN_IDS}
     ORDER BY s.date, s.created_at, s.rowid`,
  ).all({ ids }) as SessionRow[];
}

function pulseTotals(db: Database, ids: string) {
  return prepared(
    db,
    `SELECT session_id AS sessionId, practice_id AS practiceId, ${COUNTS_SQL}
     FROM pulse_totals WHERE session_id ${IN_IDS}`,
  ).all({ ids }) as (Counts & { sessionId: string; practiceId: PracticeId })[];
}

function rotiTotals(db: Database, ids: string) {
  return prepared(
    db,
    `SELECT session_id AS sessionId, ${COUNTS_SQL} FROM roti_totals WHERE session_id ${IN_IDS}`,
  ).all({ ids }) as (Counts & { sessionId: string })[];
}

function actionsPerPractice(db: Database, ids: string) {
  return prepared(
    db,
    `SELECT session_id AS sessionId, practice_id AS practiceId, COUNT(*) AS n
     FROM actions WHERE session_id ${IN_IDS}
     GROUP BY session_id, practice_id`,
  ).all({ ids }) as { sessionId: string; practiceId: PracticeId; n: number }[];
}

/** One row per action or commitment of the sessions, with what later reviews said of it. */
const verdictsOf = (table: 'actions' | 'commitments', column: 'action_id' | 'commitment_id') => `
  SELECT f.session_id AS sessionId,
    EXISTS (SELECT 1 FROM reviews r WHERE r.${column} = f.id) AS reviewed,
    COALESCE((SELECT r.status = 'done' FROM reviews r JOIN sessions rs ON rs.id = r.session_id
      WHERE r.${column} = f.id ORDER BY rs.date, rs.created_at, rs.rowid LIMIT 1), 0) AS doneFirst,
    EXISTS (SELECT 1 FROM reviews r WHERE r.${column} = f.id AND r.status = 'done') AS doneEver
  FROM ${table} f WHERE f.session_id ${IN_IDS}`;

/**
 * Per session: its actions and commitments, how many a later session reviewed, how many the
 * first such review marked done, and how many any later review marked done.
 */
function followThroughStats(db: Database, ids: string) {
  return prepared(
    db,
    `WITH items AS (
       ${verdictsOf('actions', 'action_id')} UNION ALL ${verdictsOf('commitments', 'commitment_id')})
     SELECT sessionId, COUNT(*) AS created, SUM(reviewed) AS reviewed,
       SUM(doneFirst) AS doneFirst, SUM(doneEver) AS doneEver
     FROM items GROUP BY sessionId`,
  ).all({ ids }) as {
    sessionId: string;
    created: number;
    reviewed: number;
    doneFirst: number;
    doneEver: number;
  }[];
}

const key = (sessionId: string, practiceId: string) => `${sessionId}:${practiceId}`;

/** The sessions with these ids, oldest first, each with its aggregates. */
export function sessionsWithStats(db: Database, sessionIds: readonly string[]): DashboardSession[] {
  if (sessionIds.length === 0) return [];
  const ids = JSON.stringify(sessionIds);
  const rows = sessionRows(db, ids);
  const pulse = new Map(
    pulseTotals(db, ids).map((row) => [key(row.sessionId, row.practiceId), row]),
  );
  const roti = new Map(rotiTotals(db, ids).map((row) => [row.sessionId, row]));
  const actions = new Map(
    actionsPerPractice(db, ids).map((row) => [key(row.sessionId, row.practiceId), row.n]),
  );
  const follow = new Map(followThroughStats(db, ids).map((row) => [row.sessionId, row]));

  return rows.map((row): DashboardSession => {
    const done = follow.get(row.id);
    return {
      id: row.id,
      title: row.title,
      date: row.date,
      status: row.status,
      participants: row.participants,
      kudos: row.kudos,
      actionsCreated: row.actions,
      commitmentsCreated: row.commitments,
      roti: ratingStats(distributionOf(roti.get(row.id))),
      pulse: PRACTICE_IDS.map(
        (practiceId): PracticeSessionStats => ({
          practiceId,
          ...ratingStats(distributionOf(pulse.get(key(row.id, practiceId)))),
          actionsCreated: actions.get(key(row.id, practiceId)) ?? 0,
        }),
      ),
      followThrough: followThrough(
        done?.created ?? 0,
        done?.reviewed ?? 0,
        done?.doneFirst ?? 0,
        done?.doneEver ?? 0,
      ),
    };
  });
}

/** The sessions a filter picks, oldest first, each with its per-session aggregates. */
export function dashboardSessions(db: Database, filter: SessionFilter): DashboardSession[] {
  return sessionsWithStats(db, pickSessions(db, filter));
}
