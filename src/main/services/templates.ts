import type { ParsedInput } from '@shared/contract';
import { PRACTICES } from '@shared/practices';
import { DEFAULT_DOTS, type PracticePrompts, type TeamTemplate } from '@shared/sessions';
import { STAGES } from '@shared/stages';
import type { Database } from 'better-sqlite3';
import { getTeam } from './teams';

interface TemplateRow {
  team_id: string;
  stages_json: string;
  prompts_json: string;
  auto_start_timer: number;
  dots_per_participant: number;
  hide_cards_until_reveal: number;
}

export function defaultTemplate(teamId: string): TeamTemplate {
  return {
    teamId,
    stages: STAGES.map((stage) => ({ id: stage.id, enabled: true, minutes: stage.defaultMinutes })),
    prompts: Object.fromEntries(
      PRACTICES.map((practice) => [
        practice.id,
        {
          wentWell: [...practice.reflectPrompts.wentWell],
          toImprove: [...practice.reflectPrompts.toImprove],
        },
      ]),
    ) as PracticePrompts,
    autoStartTimer: false,
    dotsPerParticipant: DEFAULT_DOTS,
    hideCardsUntilReveal: true,
  };
}

/** The team's template; a team that never edited it runs the defaults. */
export function getTemplate(db: Database, input: ParsedInput<'templates.get'>): TeamTemplate {
  getTeam(db, input);
  const row = db.prepare('SELECT * FROM team_templates WHERE team_id = ?').get(input.teamId) as
    | TemplateRow
    | undefined;
  if (!row) return defaultTemplate(input.teamId);
  return {
    teamId: row.team_id,
    stages: JSON.parse(row.stages_json),
    prompts: JSON.parse(row.prompts_json),
    autoStartTimer: row.auto_start_timer === 1,
    dotsPerParticipant: row.dots_per_participant,
    hideCardsUntilReveal: row.hide_cards_until_reveal === 1,
  };
}

export function updateTemplate(db: Database, input: ParsedInput<'templates.update'>): TeamTemplate {
  getTeam(db, input);
  db.prepare(
    `INSERT INTO team_templates
       (team_id, stages_json, prompts_json, auto_start_timer, dots_per_participant, hide_cards_until_reveal)
     VALUES (@teamId, @stages, @prompts, @autoStart, @dots, @hide)
     ON CONFLICT (team_id) DO UPDATE SET
       stages_json = excluded.stages_json,
       prompts_json = excluded.prompts_json,
       auto_start_timer = excluded.auto_start_timer,
       dots_per_participant = excluded.dots_per_participant,
       hide_cards_until_reveal = excluded.hide_cards_until_reveal`,
  ).run({
    teamId: input.teamId,
    stages: JSON.stringify(input.stages),
    prompts: JSON.stringify(input.prompts),
    autoStart: input.autoStartTimer ? 1 : 0,
    dots: input.dotsPerParticipant,
    hide: input.hideCardsUntilReveal ? 1 : 0,
  });
  return getTemplate(db, input);
}

export function resetTemplate(db: Database, input: ParsedInput<'templates.reset'>): TeamTemplate {
  getTeam(db, input);
  db.prepare('DELETE FROM team_templates WHERE team_id = ?').run(input.teamId);
  return defaultTemplate(input.teamId);
}
