import type { ParsedInput } from '@shared/contract';
import type { TeamDashboard } from '@shared/dashboard';
import type { PracticeId } from '@shared/practices';
import {
  type OpenFollowUp,
  type ReportFile,
  type SessionReport,
  sessionReportFileName,
  type TeamReport,
  teamReportFileName,
} from '@shared/reports';
import type { VoteItem } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import { sessionCsv, teamCsv } from '../reports/csv';
import { KEEP_NAMES, type Pseudonyms, pseudonyms } from '../reports/pseudonyms';
import { sessionMarkdown } from '../reports/session-markdown';
import { teamMarkdown } from '../reports/team-markdown';
import { teamDashboard } from './dashboard';
import { localDate, nameKey } from './ids';
import { teamInsights } from './insights';
import { getSessionView } from './session-view';
import { getTeam } from './teams';

const itemKey = (item: { kind: string; id: string }) => `${item.kind}:${item.id}`;

// ---------- Session report ----------

/**
 * Everything a session report shows. Anonymised, every participant becomes "Participant n" (in
 * check-in order) and every other team member "Member n"; owner fields that match nobody become
 * "Someone", and all these names are replaced inside every free text too.
 */
export function sessionReport(
  db: Database,
  input: ParsedInput<'reports.sessionData'>,
  today = localDate(),
): SessionReport {
  return db.transaction(() => {
    const view = getSessionView(db, input.sessionId);
    const { session } = view;
    const named = session.participantMode === 'named';
    let names: Pseudonyms = KEEP_NAMES;
    if (input.anonymise) {
      const participants = view.participants.map((p, index) => ({
        name: p.label,
        pseudonym: `Participant ${index + 1}`,
      }));
      const taken = new Set(participants.map((p) => nameKey(p.name)));
      const members = getTeam(db, { teamId: session.teamId })
        .members.filter((member) => !taken.has(nameKey(member.name)))
        .map((member, index) => ({ name: member.name, pseudonym: `Member ${index + 1}` }));
      names = pseudonyms(
        [...participants, ...members],
        [
          ...view.actions.map((a) => a.owner),
          ...view.kudos.map((k) => k.who),
          ...view.commitments.map((c) => c.person),
          ...view.review.map((r) => r.owner),
        ],
      );
    }
    const text = names.text;

    const groupTitles = new Map(view.groups.map((group) => [group.id, group.title]));
    const dotsOf = new Map(view.items.map((item) => [itemKey(item.ref), item.dots]));
    return {
      anonymised: input.anonymise,
      generatedOn: today,
      team: { id: session.teamId, name: text(session.teamName) },
      session: {
        id: session.id,
        title: text(session.title),
        date: session.date,
        status: session.status,
        closedAt: session.closedAt,
      },
      participants: {
        mode: session.participantMode,
        count: view.participants.length,
        names: named && !input.anonymise ? view.participants.map((p) => p.label) : [],
      },
      pulse: view.pulse.map((p) => ({
        practiceId: p.practiceId,
        distribution: p.distribution,
        count: p.total,
        mean: p.mean,
      })),
      cards: view.cards.map((card) => {
        const group = card.groupId ? (groupTitles.get(card.groupId) ?? null) : null;
        const ref = card.groupId
          ? { kind: 'group', id: card.groupId }
          : { kind: 'card', id: card.id };
        return {
          id: card.id,
          practiceId: card.practiceId,
          kind: card.kind,
          text: text(card.text),
          group: group === null ? null : text(group),
          dots: dotsOf.get(itemKey(ref)) ?? 0,
        };
      }),
      items: view.items.map((item): VoteItem => ({ ...item, title: text(item.title) })),
      kudos: view.kudos.map((k) => ({
        id: k.id,
        act: text(k.act),
        who: names.person(k.who),
        outcome: k.outcome,
      })),
      actions: view.actions.map((a) => ({
        id: a.id,
        title: text(a.title),
        owner: names.person(a.owner),
        dueDate: a.dueDate,
        practiceId: a.practiceId,
        circle: a.circle,
        status: a.status,
      })),
      commitments: view.commitments.map((c) => ({
        id: c.id,
        person: names.person(c.person),
        text: text(c.text),
        status: c.status,
      })),
      review: view.review.map((r) => ({
        ...r,
        text: text(r.text),
        owner: names.person(r.owner),
        fromSessionTitle: text(r.fromSessionTitle),
        review: r.review && { status: r.review.status, note: text(r.review.note) },
      })),
      roti: { distribution: view.roti.distribution, count: view.roti.total, mean: view.roti.mean },
      summary: text(session.summary),
    };
  })();
}

// ---------- Team report ----------

interface OpenRow {
  kind: OpenFollowUp['kind'];
  id: string;
  text: string;
  owner: string;
  dueDate: string | null;
  practiceId: PracticeId | null;
  status: OpenFollowUp['status'];
  sessionTitle: string;
  sessionDate: string;
}

/** Every action and commitment of the team still open or in progress, oldest retro first. */
function openFollowUps(db: Database, teamId: string): OpenRow[] {
  return db
    .prepare(
      `SELECT kind, id, text, owner, dueDate, practiceId, status, sessionTitle, sessionDate FROM (
         SELECT 'action' AS kind, a.id, a.title AS text, a.owner, a.due_date AS dueDate,
           a.practice_id AS practiceId, a.status, s.title AS sessionTitle, s.date AS sessionDate,
           s.created_at AS sessionCreated, a.created_at AS createdAt, 0 AS kindOrder
         FROM actions a JOIN sessions s ON s.id = a.session_id
         WHERE a.team_id = @teamId AND a.status IN ('open', 'in_progress')
         UNION ALL
         SELECT 'commitment', c.id, c.text, c.person, NULL, NULL, c.status, s.title, s.date,
           s.created_at, c.created_at, 1
         FROM commitments c JOIN sessions s ON s.id = c.session_id
         WHERE c.team_id = @teamId AND c.status IN ('open', 'in_progress')
       )
       ORDER BY kindOrder, sessionDate, sessionCreated, createdAt`,
    )
    .all({ teamId }) as OpenRow[];
}

/** Names recorded at check-in in any of the team's retros. */
function namedParticipants(db: Database, teamId: string): string[] {
  return db
    .prepare(
      `SELECT p.label FROM participants p JOIN sessions s ON s.id = p.session_id
       WHERE s.team_id = ? AND s.participant_mode = 'named'
       GROUP BY p.label ORDER BY MIN(s.date), MIN(p.position)`,
    )
    .pluck()
    .all(teamId) as string[];
}

/**
 * The dashboard of the chosen sessions plus the team's open follow-ups. Anonymised, the team's
 * members become "Member n" (roster order), other people named at check-in "Person n", and owner
 * fields that match nobody "Someone"; titles and texts lose every such name.
 */
export function teamReport(
  db: Database,
  input: ParsedInput<'reports.teamData'>,
  today = localDate(),
): TeamReport {
  return db.transaction(() => {
    const dashboard = teamDashboard(db, input);
    const insights = teamInsights(db, input, today);
    const open = openFollowUps(db, dashboard.team.id);
    let names: Pseudonyms = KEEP_NAMES;
    if (input.anonymise) {
      const members = getTeam(db, { teamId: dashboard.team.id }).members.map((member, index) => ({
        name: member.name,
        pseudonym: `Member ${index + 1}`,
      }));
      const taken = new Set(members.map((m) => nameKey(m.name)));
      const others = namedParticipants(db, dashboard.team.id)
        .filter((name) => !taken.has(nameKey(name)))
        .map((name, index) => ({ name, pseudonym: `Person ${index + 1}` }));
      names = pseudonyms(
        [...members, ...others],
        open.map((row) => row.owner),
      );
    }
    const text = names.text;
    const scrubbed: TeamDashboard = {
      ...dashboard,
      team: { ...dashboard.team, name: text(dashboard.team.name) },
      sessions: dashboard.sessions.map((session) => ({ ...session, title: text(session.title) })),
    };
    return {
      anonymised: input.anonymise,
      generatedOn: today,
      filter: { lastN: input.lastN ?? null, from: input.from ?? null, to: input.to ?? null },
      dashboard: scrubbed,
      insights: {
        ...insights,
        insights: insights.insights.map((item) => ({
          ...item,
          sessions: item.sessions.map((session) => ({ ...session, title: text(session.title) })),
        })),
      },
      open: open.map((row) => ({
        ...row,
        text: text(row.text),
        owner: names.person(row.owner),
        sessionTitle: text(row.sessionTitle),
        overdue: row.dueDate !== null && row.dueDate < today,
      })),
    };
  })();
}

// ---------- Files ----------

export function sessionMarkdownFile(
  db: Database,
  input: ParsedInput<'reports.sessionMarkdown'>,
): ReportFile {
  const report = sessionReport(db, input);
  return { fileName: sessionReportFileName(report, 'md'), text: sessionMarkdown(report) };
}

export function teamMarkdownFile(
  db: Database,
  input: ParsedInput<'reports.teamMarkdown'>,
): ReportFile {
  const report = teamReport(db, input);
  return { fileName: teamReportFileName(report, 'md'), text: teamMarkdown(report) };
}

export function sessionCsvFile(db: Database, input: ParsedInput<'reports.sessionCsv'>): ReportFile {
  const report = sessionReport(db, input);
  return { fileName: sessionReportFileName(report, 'csv'), text: sessionCsv(report) };
}

export function teamCsvFile(db: Database, input: ParsedInput<'reports.teamCsv'>): ReportFile {
  const report = teamReport(db, input);
  return { fileName: teamReportFileName(report, 'csv'), text: teamCsv(report) };
}
