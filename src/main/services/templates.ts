import type { ParsedInput } from '@shared/contract';
import { stale } from '@shared/errors';
import { PRACTICE_IDS, PRACTICES } from '@shared/practices';
import { DEFAULT_DOTS, type PracticePrompts, type TeamTemplate } from '@shared/sessions';
import { STAGES } from '@shared/stages';
import type { Database } from 'better-sqlite3';
import type { TeamTemplateRow } from '../db/rows';
import { getTeam } from './teams';
import { saveTemplate } from './writers/teams';

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
    | TeamTemplateRow
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

type TemplateBody = Omit<TeamTemplate, 'teamId'>;

/** A template's content in a fixed order, for comparing two copies. */
function contentOf(template: TemplateBody): string {
  return JSON.stringify([
    template.stages.map(({ id, enabled, minutes }) => [id, enabled, minutes]),
    PRACTICE_IDS.map((id) => [template.prompts[id]?.wentWell, template.prompts[id]?.toImprove]),
    template.autoStartTimer,
    template.dotsPerParticipant,
    template.hideCardsUntilReveal,
  ]);
}

export function updateTemplate(db: Database, input: ParsedInput<'templates.update'>): TeamTemplate {
  const current = contentOf(getTemplate(db, input));
  const { expected } = input;
  if (expected && contentOf(expected) !== current && contentOf(input) !== current) {
    throw stale(
      'This template was changed in another window while you were editing it. Your changes are ' +
        'still here: save again to replace that version with yours, or reload the page to see it.',
      'template',
    );
  }
  saveTemplate(db, {
    team_id: input.teamId,
    stages_json: JSON.stringify(input.stages),
    prompts_json: JSON.stringify(input.prompts),
    auto_start_timer: input.autoStartTimer ? 1 : 0,
    dots_per_participant: input.dotsPerParticipant,
    hide_cards_until_reveal: input.hideCardsUntilReveal ? 1 : 0,
  });
  return getTemplate(db, input);
}

export function resetTemplate(db: Database, input: ParsedInput<'templates.reset'>): TeamTemplate {
  getTeam(db, input);
  db.prepare('DELETE FROM team_templates WHERE team_id = ?').run(input.teamId);
  return defaultTemplate(input.teamId);
}
