import type { Database } from 'better-sqlite3';
import type { TeamMemberRow, TeamRow, TeamTemplateRow } from '../../db/rows';
import { nameKey } from '../ids';
import { prepared } from './prepared';

export function insertTeam(db: Database, row: Omit<TeamRow, 'name_key'>): void {
  prepared(
    db,
    `INSERT INTO teams (id, name, name_key, created_at, archived_at, is_sample)
     VALUES (@id, @name, @name_key, @created_at, @archived_at, @is_sample)`,
  ).run({ ...row, name_key: nameKey(row.name) });
}

export function insertMember(db: Database, row: Omit<TeamMemberRow, 'name_key'>): void {
  prepared(
    db,
    `INSERT INTO team_members (id, team_id, name, name_key, position)
     VALUES (@id, @team_id, @name, @name_key, @position)`,
  ).run({ ...row, name_key: nameKey(row.name) });
}

/** Stores the team's template, replacing the one it had. */
export function saveTemplate(db: Database, row: TeamTemplateRow): void {
  prepared(
    db,
    `INSERT INTO team_templates (team_id, stages_json, prompts_json, auto_start_timer,
       dots_per_participant, hide_cards_until_reveal)
     VALUES (@team_id, @stages_json, @prompts_json, @auto_start_timer, @dots_per_participant,
       @hide_cards_until_reveal)
     ON CONFLICT (team_id) DO UPDATE SET
       stages_json = excluded.stages_json,
       prompts_json = excluded.prompts_json,
       auto_start_timer = excluded.auto_start_timer,
       dots_per_participant = excluded.dots_per_participant,
       hide_cards_until_reveal = excluded.hide_cards_until_reveal`,
  ).run(row);
}
