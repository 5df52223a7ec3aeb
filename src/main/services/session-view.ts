import type { PracticeId } from '@shared/practices';
import type {
  Participant,
  PracticePrompts,
  SessionDetail,
  SessionView,
  TimerState,
} from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import type { SessionRow } from '../db/rows';
import { cardsView } from './cards';
import { followUpsView } from './follow-ups';
import { reflectOrder, suggestedFocus } from './insights';
import { kudosView } from './kudos';
import { pulseView } from './pulse';
import { rotiView } from './roti';
import { sessionRow } from './session-guards';
import { sessionSummary, stagesOf } from './sessions';
import { getTemplate } from './templates';
import { votesView } from './votes';

function timerOf(row: SessionRow): TimerState {
  return {
    stageId: row.timer_stage,
    durationMs: row.timer_duration_ms,
    elapsedMs: row.timer_elapsed_ms,
    startedAt: row.timer_started_at,
    serverNow: new Date().toISOString(),
  };
}

function participantsOf(db: Database, sessionId: string): Participant[] {
  return db
    .prepare(
      `SELECT id, label, member_id AS memberId, check_in AS checkIn, position, via
       FROM participants WHERE session_id = ? ORDER BY position`,
    )
    .all(sessionId) as Participant[];
}

function checkInWordsOf(db: Database, sessionId: string): string[] {
  return db
    .prepare('SELECT word FROM check_in_words WHERE session_id = ? ORDER BY word')
    .pluck()
    .all(sessionId) as string[];
}

/** The same prompts, keyed in Reflect order. */
function inOrder(prompts: PracticePrompts, order: PracticeId[]): PracticePrompts {
  return Object.fromEntries(order.map((id) => [id, prompts[id]])) as PracticePrompts;
}

/** Everything the facilitator console needs for one session, read in one transaction. */
export function getSessionView(db: Database, sessionId: string): SessionView {
  return db.transaction(() => {
    const row = sessionRow(db, sessionId);
    const teamName = db
      .prepare('SELECT name FROM teams WHERE id = ?')
      .pluck()
      .get(row.team_id) as string;
    const session: SessionDetail = {
      ...sessionSummary(db, sessionId),
      teamName,
      participantMode: row.participant_mode,
      dotsPerParticipant: row.dots_per_participant,
      hideCardsUntilReveal: row.hide_cards_until_reveal === 1,
      autoStartTimer: row.auto_start_timer === 1,
      pulseRevealed: row.pulse_revealed === 1,
      votesRevealed: row.votes_revealed === 1,
      rotiRevealed: row.roti_revealed === 1,
      notes: row.notes,
      summary: row.summary,
    };
    const followUps = followUpsView(db, sessionId);
    const focus = suggestedFocus(db, sessionId);
    const order = reflectOrder(focus);
    return {
      session,
      stages: stagesOf(row, followUps.review.length),
      prompts: inOrder(getTemplate(db, { teamId: row.team_id }).prompts, order),
      focus,
      reflectOrder: order,
      participants: participantsOf(db, sessionId),
      checkInWords: checkInWordsOf(db, sessionId),
      timer: timerOf(row),
      ...pulseView(db, sessionId),
      ...cardsView(db, sessionId),
      ...votesView(db, sessionId),
      kudos: kudosView(db, sessionId),
      ...followUps,
      ...rotiView(db, sessionId),
    };
  })();
}
