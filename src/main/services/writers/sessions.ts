import type { Database } from 'better-sqlite3';
import type { ParticipantRow, SessionRow } from '../../db/rows';
import { prepared } from './prepared';

export function insertSession(db: Database, row: SessionRow): void {
  prepared(
    db,
    `INSERT INTO sessions (id, team_id, title, date, status, current_stage, stages_json,
       participant_mode, dots_per_participant, hide_cards_until_reveal, auto_start_timer,
       pulse_revealed, votes_revealed, roti_revealed, notes, summary, timer_stage, timer_duration_ms,
       timer_elapsed_ms, timer_started_at, created_at, closed_at)
     VALUES (@id, @team_id, @title, @date, @status, @current_stage, @stages_json,
       @participant_mode, @dots_per_participant, @hide_cards_until_reveal, @auto_start_timer,
       @pulse_revealed, @votes_revealed, @roti_revealed, @notes, @summary, @timer_stage, @timer_duration_ms,
       @timer_elapsed_ms, @timer_started_at, @created_at, @closed_at)`,
  ).run(row);
}

/** Stores the participant, replacing the row with the same id if there is one. */
export function saveParticipant(db: Database, row: ParticipantRow): void {
  prepared(
    db,
    `INSERT INTO participants (id, session_id, label, member_id, check_in, position, via)
     VALUES (@id, @session_id, @label, @member_id, @check_in, @position, @via)
     ON CONFLICT (id) DO UPDATE SET
       label = excluded.label,
       member_id = excluded.member_id,
       check_in = excluded.check_in,
       position = excluded.position`,
  ).run(row);
}

/** A one-word check-in from a device, stored apart from anyone's name. */
export function insertCheckInWord(
  db: Database,
  row: { id: string; session_id: string; word: string },
): void {
  prepared(
    db,
    'INSERT INTO check_in_words (id, session_id, word) VALUES (@id, @session_id, @word)',
  ).run(row);
}
