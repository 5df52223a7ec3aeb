import type { ParsedInput } from '@shared/contract';
import {
  type DashboardSession,
  followThrough,
  type LatestVsPrevious,
  type OverviewRow,
  type PracticeChange,
  pooled,
  ratingStats,
  type TeamDashboard,
  trendOf,
} from '@shared/dashboard';
import { roundTo } from '@shared/format';
import { PRACTICE_IDS, type PracticeId } from '@shared/practices';
import type { Database } from 'better-sqlite3';
import {
  COUNTS_SQL,
  type Counts,
  dashboardSessions,
  distributionOf,
  type SessionFilter,
} from './session-stats';
import { getTeam } from './teams';
import { prepared } from './writers/prepared';

function practiceChange(
  practiceId: PracticeId,
  latest: number | null,
  previous: number | null,
): PracticeChange {
  const change = latest === null || previous === null ? null : roundTo(latest - previous, 2);
  return { practiceId, latest, previous, change, trend: trendOf(change) };
}

// ---------- Team dashboard ----------

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
    const teamSessionCount = prepared(db, 'SELECT COUNT(*) FROM sessions WHERE team_id = ?')
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
        roti: ratingStats(pooled(sessions.map((s) => s.roti.distribution))),
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

/** A team's newest session with pulse ratings, skipping `skip` of them. */
const ratedSession = (skip: number) => `(
  SELECT s.id FROM sessions s
  WHERE s.team_id = t.id AND EXISTS (SELECT 1 FROM pulse_totals p WHERE p.session_id = s.id)
  ORDER BY s.date DESC, s.created_at DESC, s.rowid DESC LIMIT 1 OFFSET ${skip})`;

interface OverviewTeam extends Omit<OverviewRow, 'practices' | 'isSample' | 'archived'> {
  isSample: number;
  archived: number;
}

/**
 * Every team's retro count and last date, and each practice's mean in its newest rated session
 * (nth 1) and the rated one before it (nth 2): a few index lookups per team, read from the
 * sessions' rating totals, however long the histories are.
 */
export function overview(db: Database, input: ParsedInput<'dashboard.overview'>): OverviewRow[] {
  const params = { all: input.includeArchived ? 1 : 0 };
  return db.transaction(() => {
    const teams = prepared(
      db,
      `SELECT t.id AS teamId, t.name, t.is_sample AS isSample,
         t.archived_at IS NOT NULL AS archived,
         (SELECT COUNT(*) FROM sessions s WHERE s.team_id = t.id) AS sessionCount,
         (SELECT MAX(s.date) FROM sessions s WHERE s.team_id = t.id) AS lastSessionDate
       FROM teams t
       WHERE @all OR t.archived_at IS NULL
       ORDER BY t.archived_at IS NOT NULL, t.is_sample, t.name_key`,
    ).all(params) as OverviewTeam[];
    const totals = prepared(
      db,
      `WITH rated AS (
         SELECT t.id AS teamId, ${ratedSession(0)} AS first, ${ratedSession(1)} AS second
         FROM teams t WHERE @all OR t.archived_at IS NULL
       )
       SELECT rated.teamId, 1 AS nth, p.practice_id AS practiceId, ${COUNTS_SQL}
       FROM rated JOIN pulse_totals p ON p.session_id = rated.first
       UNION ALL
       SELECT rated.teamId, 2 AS nth, p.practice_id AS practiceId, ${COUNTS_SQL}
       FROM rated JOIN pulse_totals p ON p.session_id = rated.second`,
    ).all(params) as (Counts & { teamId: string; nth: 1 | 2; practiceId: PracticeId })[];
    const meanOf = new Map(
      totals.map((row) => [
        `${row.teamId}:${row.nth}:${row.practiceId}`,
        ratingStats(distributionOf(row)).mean,
      ]),
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
