import type { ParsedInput } from '@shared/contract';
import {
  type DashboardSession,
  type FollowThrough,
  type LatestVsPrevious,
  type OverviewRow,
  type PracticeChange,
  type PracticeSessionStats,
  type RatingStats,
  type TeamDashboard,
  trendOf,
} from '@shared/dashboard';
import { roundTo } from '@shared/format';
import { PRACTICE_IDS, type PracticeId } from '@shared/practices';
import type { SessionStatus } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import { getTeam } from './teams';

const round2 = (value: number): number => roundTo(value, 2);

/** Count, mean, min, max and the 1..5 distribution of the `score` column, per group. */
const STATS_SQL = `COUNT(*) AS count, AVG(score) AS mean, MIN(score) AS min, MAX(score) AS max,
  SUM(score = 1) AS d1, SUM(score = 2) AS d2, SUM(score = 3) AS d3, SUM(score = 4) AS d4,
  SUM(score = 5) AS d5`;

/** The other columns are NULL when count is 0, so they are read only when it is not. */
interface StatsRow {
  count: number;
  mean: number;
  min: number;
  max: number;
  d1: number;
  d2: number;
  d3: number;
  d4: number;
  d5: number;
}

function toStats(row: StatsRow | undefined): RatingStats {
  if (!row || row.count === 0) {
    return { count: 0, mean: null, min: null, max: null, distribution: [0, 0, 0, 0, 0] };
  }
  return {
    count: row.count,
    mean: round2(row.mean),
    min: row.min,
    max: row.max,
    distribution: [row.d1, row.d2, row.d3, row.d4, row.d5],
  };
}

function followThrough(
  created: number,
  reviewed: number,
  first: number,
  ever: number,
): FollowThrough {
  return {
    created,
    reviewed,
    doneByNextReview: first,
    doneEventually: ever,
    rate: reviewed === 0 ? null : round2(first / reviewed),
  };
}

function practiceChange(
  practiceId: PracticeId,
  latest: number | null,
  previous: number | null,
): PracticeChange {
  const change = latest === null || previous === null ? null : round2(latest - previous);
  return { practiceId, latest, previous, change, trend: trendOf(change) };
}

// ---------- Team dashboard ----------

/**
 * The sessions the filter picks: dated within from..to, then the newest `limit` (-1: all).
 * Insights narrow it further: only closed sessions (`closedOnly`), and none after the session
 * `upTo`, which itself counts even while in progress.
 * Aggregates use `session_id IN picked`: SQLite then walks the covering indexes in key order and
 * groups without sorting, about twice as fast as a join on a long history.
 */
const PICKED_SQL = `picked AS (
  SELECT id FROM sessions
  WHERE team_id = @teamId
    AND (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <= @to)
    AND (@closedOnly = 0 OR status = 'closed' OR id = @upTo)
    AND (@upTo IS NULL OR (date, created_at, rowid) <=
      (SELECT date, created_at, rowid FROM sessions WHERE id = @upTo))
  ORDER BY date DESC, created_at DESC, rowid DESC
  LIMIT @limit
)`;

export interface SessionFilter {
  teamId: string;
  from: string | null;
  to: string | null;
  limit: number;
  closedOnly?: boolean;
  upTo?: string | null;
}

type Filter = Required<Omit<SessionFilter, 'closedOnly'>> & { closedOnly: 0 | 1 };

const sqlFilter = (filter: SessionFilter): Filter => ({
  ...filter,
  closedOnly: filter.closedOnly ? 1 : 0,
  upTo: filter.upTo ?? null,
});

interface PickedSession {
  id: string;
  title: string;
  date: string;
  status: SessionStatus;
  participants: number;
  kudos: number;
  actions: number;
  commitments: number;
}

function pickedSessions(db: Database, filter: Filter): PickedSession[] {
  return db
    .prepare(
      `WITH ${PICKED_SQL}
       SELECT s.id, s.title, s.date, s.status,
         (SELECT COUNT(*) FROM participants p WHERE p.session_id = s.id) AS participants,
         (SELECT COUNT(*) FROM kudos k WHERE k.session_id = s.id) AS kudos,
         (SELECT COUNT(*) FROM actions a WHERE a.session_id = s.id) AS actions,
         (SELECT COUNT(*) FROM commitments c WHERE c.session_id = s.id) AS commitments
       FROM picked JOIN sessions s ON s.id = picked.id
       ORDER BY s.date, s.created_at, s.rowid`,
    )
    .all(filter) as PickedSession[];
}

function pulseStats(db: Database, filter: Filter) {
  return db
    .prepare(
      `WITH ${PICKED_SQL}
       SELECT session_id AS sessionId, practice_id AS practiceId, ${STATS_SQL}
       FROM pulse_ratings WHERE session_id IN picked
       GROUP BY session_id, practice_id`,
    )
    .all(filter) as (StatsRow & { sessionId: string; practiceId: PracticeId })[];
}

function rotiStats(db: Database, filter: Filter) {
  return db
    .prepare(
      `WITH ${PICKED_SQL}
       SELECT session_id AS sessionId, ${STATS_SQL}
       FROM roti_ratings WHERE session_id IN picked
       GROUP BY session_id`,
    )
    .all(filter) as (StatsRow & { sessionId: string })[];
}

function pooledRoti(db: Database, filter: Filter): RatingStats {
  return toStats(
    db
      .prepare(
        `WITH ${PICKED_SQL}
         SELECT ${STATS_SQL} FROM roti_ratings WHERE session_id IN picked`,
      )
      .get(filter) as StatsRow,
  );
}

function actionsPerPractice(db: Database, filter: Filter) {
  return db
    .prepare(
      `WITH ${PICKED_SQL}
       SELECT session_id AS sessionId, practice_id AS practiceId, COUNT(*) AS n
       FROM actions WHERE session_id IN picked
       GROUP BY session_id, practice_id`,
    )
    .all(filter) as { sessionId: string; practiceId: PracticeId; n: number }[];
}

/** One row per action or commitment of the picked sessions, with what later reviews said of it. */
const verdictsOf = (table: 'actions' | 'commitments', column: 'action_id' | 'commitment_id') => `
  SELECT f.session_id AS sessionId,
    EXISTS (SELECT 1 FROM reviews r WHERE r.${column} = f.id) AS reviewed,
    COALESCE((SELECT r.status = 'done' FROM reviews r JOIN sessions rs ON rs.id = r.session_id
      WHERE r.${column} = f.id ORDER BY rs.date, rs.created_at, rs.rowid LIMIT 1), 0) AS doneFirst,
    EXISTS (SELECT 1 FROM reviews r WHERE r.${column} = f.id AND r.status = 'done') AS doneEver
  FROM ${table} f WHERE f.session_id IN picked`;

/**
 * Per session: its actions and commitments, how many a later session reviewed, how many the
 * first such review marked done, and how many any later review marked done.
 */
function followThroughStats(db: Database, filter: Filter) {
  return db
    .prepare(
      `WITH ${PICKED_SQL},
       items AS (${verdictsOf('actions', 'action_id')} UNION ALL ${verdictsOf('commitments', 'commitment_id')})
       SELECT sessionId, COUNT(*) AS created, SUM(reviewed) AS reviewed,
         SUM(doneFirst) AS doneFirst, SUM(doneEver) AS doneEver
       FROM items GROUP BY sessionId`,
    )
    .all(filter) as {
    sessionId: string;
    created: number;
    reviewed: number;
    doneFirst: number;
    doneEver: number;
  }[];
}

function latestVsPrevious(sessions: DashboardSession[]): LatestVsPrevious {
  const rated = sessions.filter((session) => session.pulse.some((p) => p.count > 0));
  const latest = rated.at(-1) ?? null;
  const previous = rated.at(-2) ?? null;
  return {
    latestSessionId: latest?.id ?? null,
    previousSessionId: previous?.id ?? null,
    practices: PRACTICE_IDS.map((practiceId) =>
      practiceChange(
        practiceId,
        latest?.pulse.find((p) => p.practiceId === practiceId)?.mean ?? null,
        previous?.pulse.find((p) => p.practiceId === practiceId)?.mean ?? null,
      ),
    ),
  };
}

const key = (sessionId: string, practiceId: string) => `${sessionId}:${practiceId}`;

/** The sessions a filter picks, oldest first, each with its per-session aggregates. */
export function dashboardSessions(db: Database, sessionFilter: SessionFilter): DashboardSession[] {
  const filter = sqlFilter(sessionFilter);
  const rows = pickedSessions(db, filter);
  const pulse = new Map(
    pulseStats(db, filter).map((row) => [key(row.sessionId, row.practiceId), row]),
  );
  const roti = new Map(rotiStats(db, filter).map((row) => [row.sessionId, row]));
  const actions = new Map(
    actionsPerPractice(db, filter).map((row) => [key(row.sessionId, row.practiceId), row.n]),
  );
  const follow = new Map(followThroughStats(db, filter).map((row) => [row.sessionId, row]));

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
      roti: toStats(roti.get(row.id)),
      pulse: PRACTICE_IDS.map(
        (practiceId): PracticeSessionStats => ({
          practiceId,
          ...toStats(pulse.get(key(row.id, practiceId))),
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

export function teamDashboard(db: Database, input: ParsedInput<'dashboard.team'>): TeamDashboard {
  return db.transaction(() => {
    const team = getTeam(db, input);
    const filter: SessionFilter = {
      teamId: team.id,
      from: input.from ?? null,
      to: input.to ?? null,
      limit: input.lastN ?? -1,
    };
    const sessions = dashboardSessions(db, filter);

    const sum = (pick: (session: DashboardSession) => number) =>
      sessions.reduce((total, session) => total + pick(session), 0);
    const teamSessionCount = db
      .prepare('SELECT COUNT(*) FROM sessions WHERE team_id = ?')
      .pluck()
      .get(team.id) as number;
    return {
      team: { id: team.id, name: team.name, isSample: team.isSample, archived: team.archived },
      teamSessionCount,
      sessions,
      latestVsPrevious: latestVsPrevious(sessions),
      totals: {
        sessions: sessions.length,
        closedSessions: sessions.filter((s) => s.status === 'closed').length,
        inProgressSessions: sessions.filter((s) => s.status === 'in_progress').length,
        kudos: sum((s) => s.kudos),
        actions: sum((s) => s.actionsCreated),
        commitments: sum((s) => s.commitmentsCreated),
        roti: pooledRoti(db, sqlFilter(filter)),
        followThrough: followThrough(
          sum((s) => s.followThrough.created),
          sum((s) => s.followThrough.reviewed),
          sum((s) => s.followThrough.doneByNextReview),
          sum((s) => s.followThrough.doneEventually),
        ),
      },
    };
  })();
}

// ---------- Leads' overview ----------

export function overview(db: Database, input: ParsedInput<'dashboard.overview'>): OverviewRow[] {
  const params = { all: input.includeArchived ? 1 : 0 };
  return db.transaction(() => {
    const teams = db
      .prepare(
        `SELECT t.id AS teamId, t.name, t.is_sample AS isSample,
           t.archived_at IS NOT NULL AS archived,
           COUNT(s.id) AS sessionCount, MAX(s.date) AS lastSessionDate
         FROM teams t LEFT JOIN sessions s ON s.team_id = t.id
         WHERE @all OR t.archived_at IS NULL
         GROUP BY t.id
         ORDER BY t.archived_at IS NOT NULL, t.is_sample, t.name_key`,
      )
      .all(params) as (Omit<OverviewRow, 'practices' | 'isSample' | 'archived'> & {
      isSample: number;
      archived: number;
    })[];
    // nth 1 = the team's newest session with any pulse ratings, nth 2 = the one before it.
    const means = db
      .prepare(
        `WITH rated AS (
           SELECT s.team_id AS teamId, s.id, ROW_NUMBER() OVER (
             PARTITION BY s.team_id ORDER BY s.date DESC, s.created_at DESC, s.rowid DESC) AS nth
           FROM teams t JOIN sessions s ON s.team_id = t.id
           WHERE (@all OR t.archived_at IS NULL)
             AND EXISTS (SELECT 1 FROM pulse_ratings r WHERE r.session_id = s.id)
         )
         SELECT rated.teamId, rated.nth, r.practice_id AS practiceId, AVG(r.score) AS mean
         FROM rated JOIN pulse_ratings r ON r.session_id = rated.id
         WHERE rated.nth <= 2
         GROUP BY rated.teamId, rated.nth, r.practice_id`,
      )
      .all(params) as { teamId: string; nth: 1 | 2; practiceId: PracticeId; mean: number }[];
    const meanOf = new Map(
      means.map((row) => [`${row.teamId}:${row.nth}:${row.practiceId}`, round2(row.mean)]),
    );
    return teams.map((team) => ({
      ...team,
      isSample: team.isSample === 1,
      archived: team.archived === 1,
      practices: PRACTICE_IDS.map((practiceId) =>
        practiceChange(
          practiceId,
          meanOf.get(`${team.teamId}:1:${practiceId}`) ?? null,
          meanOf.get(`${team.teamId}:2:${practiceId}`) ?? null,
        ),
      ),
    }));
  })();
}
