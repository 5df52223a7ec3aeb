import type { ParsedInput } from '@shared/contract';
import { conflict, invalidInput } from '@shared/errors';
import type { SessionPage, SessionStage, SessionSummary } from '@shared/sessions';
import type { StageId } from '@shared/stages';
import type { Database } from 'better-sqlite3';
import type { SessionRow } from '../db/rows';
import { newId, now } from './ids';
import {
  assertVotesFit,
  openSessionRow,
  participantCount,
  sessionRow,
  sessionStages,
} from './session-guards';
import { assertNotStale } from './stale-edits';
import { getTeam } from './teams';
import { getTemplate } from './templates';
import { prepared } from './writers/prepared';
import { insertSession } from './writers/sessions';

const SUMMARY_SQL = `SELECT s.id, s.team_id, s.title, s.date, s.status, s.current_stage,
    s.created_at, s.closed_at,
    (SELECT COUNT(*) FROM participants p WHERE p.session_id = s.id) AS participant_count
  FROM sessions s`;

type SummaryRow = Pick<
  SessionRow,
  'id' | 'team_id' | 'title' | 'date' | 'status' | 'current_stage' | 'created_at' | 'closed_at'
> & { participant_count: number };

export function toSummary(row: SummaryRow): SessionSummary {
  return {
    id: row.id,
    teamId: row.team_id,
    title: row.title,
    date: row.date,
    status: row.status,
    currentStage: row.current_stage,
    participantCount: row.participant_count,
    createdAt: row.created_at,
    closedAt: row.closed_at,
  };
}

export function sessionSummary(db: Database, sessionId: string): SessionSummary {
  const row = prepared(db, `${SUMMARY_SQL} WHERE s.id = ?`).get(sessionId) as
    | SummaryRow
    | undefined;
  if (!row) sessionRow(db, sessionId);
  return toSummary(row as SummaryRow);
}

export function listSessions(db: Database, input: ParsedInput<'sessions.list'>): SessionSummary[] {
  getTeam(db, input);
  const rows = prepared(
    db,
    `${SUMMARY_SQL} WHERE s.team_id = ? ORDER BY s.date DESC, s.created_at DESC`,
  ).all(input.teamId) as SummaryRow[];
  return rows.map(toSummary);
}

/** A page of the team's retros, newest first: what one screen lists, however long the history. */
export function sessionPage(db: Database, input: ParsedInput<'sessions.page'>): SessionPage {
  getTeam(db, input);
  const rows = prepared(
    db,
    `${SUMMARY_SQL} WHERE s.team_id = @teamId
     ORDER BY s.date DESC, s.created_at DESC, s.rowid DESC LIMIT @limit OFFSET @offset`,
  ).all(input) as SummaryRow[];
  const total = prepared(db, 'SELECT COUNT(*) FROM sessions WHERE team_id = ?')
    .pluck()
    .get(input.teamId) as number;
  return { sessions: rows.map(toSummary), total };
}

/** Open actions and commitments the team carries into its next review. */
export function openFollowUpCount(db: Database, teamId: string): number {
  return db
    .prepare(
      `SELECT
         (SELECT COUNT(*) FROM actions WHERE team_id = @teamId AND status IN ('open', 'in_progress')) +
         (SELECT COUNT(*) FROM commitments WHERE team_id = @teamId AND status IN ('open', 'in_progress'))`,
    )
    .pluck()
    .get({ teamId }) as number;
}

export function createSession(db: Database, input: ParsedInput<'sessions.create'>): SessionSummary {
  const team = getTeam(db, input);
  if (team.archived) throw conflict('This team is archived. Unarchive it to run a new retro.');
  const template = getTemplate(db, input);
  const stages = template.stages
    .filter((stage) => stage.enabled)
    .map(({ id, minutes }) => ({ id, minutes }));
  const hasOpenItems = openFollowUpCount(db, input.teamId) > 0;
  const first = stages.find((stage) => stage.id !== 'review' || hasOpenItems) ?? stages[0];
  if (!first) throw invalidInput('The team template has no stages. Enable at least one.');
  const id = newId();
  const createdAt = now();
  insertSession(db, {
    id,
    team_id: input.teamId,
    title: input.title,
    date: input.date ?? createdAt.slice(0, 10),
    status: 'in_progress',
    current_stage: first.id,
    stages_json: JSON.stringify(stages),
    participant_mode: 'anonymous',
    dots_per_participant: template.dotsPerParticipant,
    hide_cards_until_reveal: template.hideCardsUntilReveal ? 1 : 0,
    auto_start_timer: template.autoStartTimer ? 1 : 0,
    pulse_revealed: 0,
    votes_revealed: 0,
    roti_revealed: 0,
    notes: '',
    summary: '',
    timer_stage: first.id,
    timer_duration_ms: first.minutes * 60_000,
    timer_elapsed_ms: 0,
    timer_started_at: template.autoStartTimer ? createdAt : null,
    created_at: createdAt,
    closed_at: null,
  });
  return sessionSummary(db, id);
}

export function updateSession(db: Database, input: ParsedInput<'sessions.update'>): SessionSummary {
  db.transaction(() => {
    const row = openSessionRow(db, input.sessionId);
    const { expected } = input;
    assertNotStale('title', 'The title was', row.title, input.title, expected?.title);
    assertNotStale('notes', 'These notes were', row.notes, input.notes, expected?.notes);
    assertNotStale('summary', 'The summary was', row.summary, input.summary, expected?.summary);
    const dots = input.dotsPerParticipant ?? row.dots_per_participant;
    if (dots < row.dots_per_participant)
      assertVotesFit(db, row.id, participantCount(db, row.id), dots);
    db.prepare(
      `UPDATE sessions SET title = @title, date = @date, notes = @notes, summary = @summary,
         dots_per_participant = @dots, hide_cards_until_reveal = @hide WHERE id = @id`,
    ).run({
      id: row.id,
      title: input.title ?? row.title,
      date: input.date ?? row.date,
      notes: input.notes ?? row.notes,
      summary: input.summary ?? row.summary,
      dots,
      hide:
        input.hideCardsUntilReveal === undefined
          ? row.hide_cards_until_reveal
          : Number(input.hideCardsUntilReveal),
    });
  })();
  return sessionSummary(db, input.sessionId);
}

export function deleteSession(db: Database, input: ParsedInput<'sessions.delete'>) {
  sessionRow(db, input.sessionId);
  db.prepare('DELETE FROM sessions WHERE id = ?').run(input.sessionId);
  return { sessionId: input.sessionId };
}

/** The stages this session runs, with Review marked skipped when nothing is open to review. */
export function stagesOf(row: SessionRow, reviewCount: number): SessionStage[] {
  return sessionStages(row).map((stage) => ({
    ...stage,
    skipped: stage.id === 'review' && reviewCount === 0,
  }));
}

function stageMinutes(row: SessionRow, stageId: StageId): number {
  const stage = sessionStages(row).find((s) => s.id === stageId);
  if (!stage) throw invalidInput('This session does not run that stage.', 'stageId');
  return stage.minutes;
}

export function goToStage(db: Database, input: ParsedInput<'sessions.goToStage'>): SessionSummary {
  const row = openSessionRow(db, input.sessionId);
  const minutes = stageMinutes(row, input.stageId);
  db.prepare(
    `UPDATE sessions SET current_stage = @stage, timer_stage = @stage, timer_duration_ms = @duration,
       timer_elapsed_ms = 0, timer_started_at = @startedAt WHERE id = @id`,
  ).run({
    id: row.id,
    stage: input.stageId,
    duration: minutes * 60_000,
    startedAt: row.auto_start_timer ? now() : null,
  });
  return sessionSummary(db, row.id);
}

export function closeSession(db: Database, input: ParsedInput<'sessions.close'>): SessionSummary {
  const row = openSessionRow(db, input.sessionId);
  db.prepare(
    `UPDATE sessions SET status = 'closed', closed_at = ?, timer_elapsed_ms = ?, timer_started_at = NULL
     WHERE id = ?`,
  ).run(now(), elapsedNow(row), row.id);
  return sessionSummary(db, row.id);
}

export function reopenSession(db: Database, input: ParsedInput<'sessions.reopen'>): SessionSummary {
  sessionRow(db, input.sessionId);
  db.prepare("UPDATE sessions SET status = 'in_progress', closed_at = NULL WHERE id = ?").run(
    input.sessionId,
  );
  return sessionSummary(db, input.sessionId);
}

// ---------- Timer ----------

function elapsedNow(row: SessionRow): number {
  if (!row.timer_started_at) return row.timer_elapsed_ms;
  return row.timer_elapsed_ms + Math.max(0, Date.now() - Date.parse(row.timer_started_at));
}

export function startTimer(db: Database, input: ParsedInput<'timer.start'>): null {
  const row = openSessionRow(db, input.sessionId);
  if (!row.timer_started_at) {
    db.prepare('UPDATE sessions SET timer_started_at = ? WHERE id = ?').run(now(), row.id);
  }
  return null;
}

export function pauseTimer(db: Database, input: ParsedInput<'timer.pause'>): null {
  const row = openSessionRow(db, input.sessionId);
  db.prepare('UPDATE sessions SET timer_elapsed_ms = ?, timer_started_at = NULL WHERE id = ?').run(
    elapsedNow(row),
    row.id,
  );
  return null;
}

export function resetTimer(db: Database, input: ParsedInput<'timer.reset'>): null {
  const row = openSessionRow(db, input.sessionId);
  db.prepare(
    `UPDATE sessions SET timer_duration_ms = ?, timer_elapsed_ms = 0, timer_started_at = NULL
     WHERE id = ?`,
  ).run(stageMinutes(row, row.timer_stage) * 60_000, row.id);
  return null;
}

export function extendTimer(db: Database, input: ParsedInput<'timer.extend'>): null {
  const row = openSessionRow(db, input.sessionId);
  const duration = Math.max(60_000, row.timer_duration_ms + input.minutes * 60_000);
  db.prepare('UPDATE sessions SET timer_duration_ms = ? WHERE id = ?').run(duration, row.id);
  return null;
}
