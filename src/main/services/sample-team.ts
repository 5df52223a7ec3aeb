import { SAMPLE_TEAM_NAME } from '@shared/dashboard';
import { conflict, notFound } from '@shared/errors';
import type { Team } from '@shared/teams';
import type { Database } from 'better-sqlite3';
import { localDate, nameKey } from './ids';
import { importDocument } from './portability/import';
import { checkExportDocument } from './portability/read-file';
import { sampleDocument } from './sample/document';
import { getTeam } from './teams';

/**
 * Loads the sample team and its whole history in one transaction, through the same checks and
 * import as a file a user picks; its latest retro was a few days before `today`. Refuses when a
 * sample team is already loaded (archived or not) or a real team already uses its name.
 */
export function loadSampleTeam(db: Database, today = localDate()): Team {
  return db.transaction(() => {
    if (db.prepare('SELECT 1 FROM teams WHERE is_sample = 1').get()) {
      throw conflict(
        'The sample team is already loaded. Remove it first if you want a fresh copy.',
      );
    }
    const clash = db
      .prepare('SELECT 1 FROM teams WHERE name_key = ? AND archived_at IS NULL')
      .get(nameKey(SAMPLE_TEAM_NAME));
    if (clash) {
      throw conflict(
        `A team called “${SAMPLE_TEAM_NAME}” already exists. Rename it to load the sample team.`,
      );
    }
    const { teamIds } = importDocument(db, checkExportDocument(sampleDocument(today)), new Map());
    const [teamId] = teamIds as [string];
    return getTeam(db, { teamId });
  })();
}

/** Deletes the sample team; its sessions and everything in them go with it (foreign keys cascade). */
export function removeSampleTeam(db: Database): { teamId: string } {
  return db.transaction(() => {
    const teamId = db.prepare('SELECT id FROM teams WHERE is_sample = 1').pluck().get() as
      | string
      | undefined;
    if (!teamId)
      throw notFound('There is no sample team to remove. It may already have been removed.');
    db.prepare('DELETE FROM teams WHERE id = ?').run(teamId);
    return { teamId };
  })();
}
