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
import { dashboardSessions, type SessionFilter } from './session-stats';
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
  /** Its newest session with pulse ratings, and the rated one before it. */
  latest: string | null;
  previous: string | null;
}

const OVERVIEW_ORDER = 't.archived_at IS NOT NULL, t.is_sample, t.name_key';

/**
 * Every team's retro count, last date and each practice's mean in its newest rated session
 * against the rated one before it; with `limit`, one page of teams. Per team, a few index
 * lookups (however long its history), made only for the teams of the page; the means come from
 * the two sessions' rating totals, read together in one query.
 */
export function overview(db: Database, input: ParsedInput<'dashboard.overview'>): OverviewRow[] {
  return db.transaction(() => {
    const teams = prepared(
      db,
      `WITH page AS (
         SELECT t.id FROM teams t WHERE @all OR t.archived_at IS NULL
         ORDER BY ${OVERVIEW_ORDER} LIMIT @limit OFFSET @offset)
       SELECT t.id AS teamId, t.name, t.is_sample AS isSample,
         t.archived_at IS NOT NULL AS archived,
         (SELECT COUNT(*) FROM sessions s WHERE s.team_id = t.id) AS sessionCount,
         (SELECT MAX(s.date) FROM sessions s WHERE s.team_id = t.id) AS lastSessionDate,
         ${ratedSession(0)} AS latest, ${ratedSession(1)} AS previous
       FROM page JOIN teams t ON t.id = page.id
       ORDER BY ${OVERVIEW_ORDER}`,
    ).all({
      all: input.includeArchived ? 1 : 0,
      limit: input.limit ?? -1,
      offset: input.offset,
    }) as OverviewTeam[];
    const rated = teams.flatMap((team) => [team.latest, team.previous]).filter(Boolean);
    const means = prepared(
      db,
      `SELECT session_id AS sessionId, practice_id AS practiceId,
         (d1 + 2 * d2 + 3 * d3 + 4 * d4 + 5 * d5) * 1.0 / (d1 + d2 + d3 + d4 + d5) AS mean
       FROM pulse_totals WHERE session_id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(rated)) as { sessionId: string; practiceId: PracticeId; mean: number }[];
    const meanOf = new Map(
      means.map((row) => [`${row.sessionId}:${row.practiceId}`, roundTo(row.mean, 2)]),
    );
    return teams.map(({ latest, previous, ...team }) => ({
      ...team,
      isSample: team.isSample === 1,
      archived: team.archived === 1,
      practices: PRACTICE_IDS.map((practiceId) =>
        practiceChange(
          practiceId,
          meanOf.get(`${latest}:${practiceId}`) ?? null,
          meanOf.get(`${previous}:${practiceId}`) ?? null,
        ),
      ),
    }));
  })();
}
