import type { DashboardSession } from '@shared/dashboard';
import { threshold } from '@shared/insight-rules';
import type { PracticeId } from '@shared/practices';
import type { FollowUpStatus, ReviewStatus } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import { dashboardSessions, type SessionFilter, sessionsWithStats } from '../session-stats';
import { prepared } from '../writers/prepared';

/** An action agreed in one of the retros the rules read. */
export interface ActionFact {
  sessionId: string;
  practiceId: PracticeId;
  dueDate: string | null;
  status: FollowUpStatus;
  /** What the first later review said of it; null while none has. */
  firstReview: ReviewStatus | null;
}

/** Everything the rules read: the retros (oldest first) and what was agreed in them. */
export interface History {
  teamId: string;
  /** Overdue is judged against this day. */
  asOf: string;
  sessions: DashboardSession[];
  /** Retros whose stages included Recognize (kudos are only expected there). */
  ranRecognize: Set<string>;
  actions: ActionFact[];
}

/**
 * Which retros the rules read, newest `window` of them at most:
 * - `team`: the closed retros among those the dashboard filter picks;
 * - `through`: the closed retros up to a session, plus that session even while in progress
 *   (what its Close stage shows);
 * - `before`: the closed retros before a session (what its suggested focus rests on).
 */
export type HistoryScope =
  | { kind: 'team'; teamId: string; from: string | null; to: string | null; lastN: number | null }
  | { kind: 'through' | 'before'; teamId: string; sessionId: string };

function pickSessions(db: Database, scope: HistoryScope): DashboardSession[] {
  const window = threshold('window');
  if (scope.kind === 'team') {
    const filter: SessionFilter = {
      teamId: scope.teamId,
      from: scope.from,
      to: scope.to,
      limit: window,
    };
    // The dashboard's "latest N" counts retros in progress too, so pick as it does, then narrow.
    if (scope.lastN === null) return dashboardSessions(db, { ...filter, closedOnly: true });
    return dashboardSessions(db, { ...filter, limit: scope.lastN })
      .filter((session) => session.status === 'closed')
      .slice(-window);
  }
  const through = dashboardSessions(db, {
    teamId: scope.teamId,
    from: null,
    to: null,
    limit: window + 1,
    closedOnly: true,
    upTo: scope.sessionId,
  });
  return scope.kind === 'through'
    ? through.slice(-window)
    : through.filter((session) => session.id !== scope.sessionId).slice(-window);
}

/** The stored rows read by ids given as one JSON array: one statement whatever their number. */
const IN_IDS = 'IN (SELECT value FROM json_each(?))';

function recognizeSessions(db: Database, ids: string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const rows = prepared(
    db,
    `SELECT id, stages_json AS stages FROM sessions WHERE id ${IN_IDS}`,
  ).all(JSON.stringify(ids)) as { id: string; stages: string }[];
  return new Set(
    rows
      .filter((row) =>
        (JSON.parse(row.stages) as { id: string }[]).some((s) => s.id === 'recognize'),
      )
      .map((row) => row.id),
  );
}

/** The first review is the one in the earliest later retro, as on the follow-through chart. */
function actionFacts(db: Database, ids: string[]): ActionFact[] {
  if (ids.length === 0) return [];
  return prepared(
    db,
    `SELECT a.session_id AS sessionId, a.practice_id AS practiceId, a.due_date AS dueDate,
       a.status,
       (SELECT r.status FROM reviews r JOIN sessions rs ON rs.id = r.session_id
        WHERE r.action_id = a.id ORDER BY rs.date, rs.created_at, rs.rowid LIMIT 1) AS firstReview
     FROM actions a WHERE a.session_id ${IN_IDS}
     ORDER BY a.created_at, a.rowid`,
  ).all(JSON.stringify(ids)) as ActionFact[];
}

export function loadHistory(db: Database, scope: HistoryScope, asOf: string): History {
  const sessions = pickSessions(db, scope);
  const ids = sessions.map((session) => session.id);
  return {
    teamId: scope.teamId,
    asOf,
    sessions,
    ranRecognize: recognizeSessions(db, ids),
    actions: actionFacts(db, ids),
  };
}

/**
 * The histories of many teams over all their retros (the `team` scope without a filter), read
 * in the same few queries as one team's: what the leads' insights overview rests on.
 */
export function loadHistories<Team extends { id: string }>(
  db: Database,
  teams: readonly Team[],
  asOf: string,
): [Team, History][] {
  // Per team, its newest closed retros, found through its index like one team's.
  const picked = prepared(
    db,
    `SELECT s.id, s.team_id AS teamId FROM json_each(@teams) t
     JOIN sessions s ON s.id IN (
       SELECT id FROM sessions WHERE team_id = t.value AND status = 'closed'
       ORDER BY date DESC, created_at DESC, rowid DESC LIMIT @window)`,
  ).all({ teams: JSON.stringify(teams.map((team) => team.id)), window: threshold('window') }) as {
    id: string;
    teamId: string;
  }[];
  const histories = teams.map((team): [Team, History] => [
    team,
    { teamId: team.id, asOf, sessions: [], ranRecognize: new Set(), actions: [] },
  ]);
  const byTeam = new Map(histories.map(([team, history]) => [team.id, history]));
  const teamOf = new Map(picked.map((row) => [row.id, byTeam.get(row.teamId)]));
  const ids = picked.map((row) => row.id);
  for (const session of sessionsWithStats(db, ids)) teamOf.get(session.id)?.sessions.push(session);
  for (const id of recognizeSessions(db, ids)) teamOf.get(id)?.ranRecognize.add(id);
  for (const fact of actionFacts(db, ids)) teamOf.get(fact.sessionId)?.actions.push(fact);
  return histories;
}
