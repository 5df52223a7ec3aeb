import type { ParsedInput } from '@shared/contract';
import { conflict } from '@shared/errors';
import {
  type ConflictResolution,
  type ExportDocument,
  type ExportedTeam,
  IMPORT_COUNT_KEYS,
  type ImportCounts,
  type ImportPreview,
  type ImportReport,
  type NotesInFile,
} from '@shared/portability';
import { TEAM_NAME_MAX } from '@shared/teams';
import type { Database } from 'better-sqlite3';
import { nameKey } from '../ids';
import { readExportFile } from './read-file';
import { writeTeam } from './write-team';

function countOf(teams: readonly ExportedTeam[]): ImportCounts {
  const counts = Object.fromEntries(IMPORT_COUNT_KEYS.map((key) => [key, 0])) as ImportCounts;
  for (const team of teams) {
    counts.teams += 1;
    counts.members += team.members.length;
    counts.templates += team.template ? 1 : 0;
    for (const session of team.sessions) {
      counts.sessions += 1;
      counts.participants += session.participants.length;
      counts.pulseRatings += session.pulseRatings.length;
      counts.groups += session.groups.length;
      counts.cards += session.cards.length;
      counts.votes += session.votes.length;
      counts.kudos += session.kudos.length;
      counts.actions += session.actions.length;
      counts.commitments += session.commitments.length;
      counts.reviews += session.reviews.length;
      counts.rotiRatings += session.rotiRatings.length;
    }
  }
  return counts;
}

/** Active names already taken in the workspace, by name key. */
function takenNames(db: Database): Set<string> {
  const keys = db
    .prepare('SELECT name_key FROM teams WHERE archived_at IS NULL')
    .pluck()
    .all() as string[];
  return new Set(keys);
}

/** “Name (imported)”, then “Name (imported 2)” and so on, within the team name limit. */
function freeName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' (imported)' : ` (imported ${n})`;
    const candidate = `${name.slice(0, TEAM_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

interface TeamPlan {
  team: ExportedTeam;
  conflict: boolean;
  /** The name it is stored under; null when it is skipped. */
  name: string | null;
}

/**
 * Decides each team's fate: an active team whose name is already used by an active team here
 * is renamed or skipped as the user chose. Archived teams never clash.
 */
function planTeams(
  db: Database,
  document: ExportDocument,
  resolutions: ReadonlyMap<string, ConflictResolution> | null,
): TeamPlan[] {
  const taken = takenNames(db);
  const conflicts = document.teams.filter(
    (team) => team.archivedAt === null && taken.has(nameKey(team.name)),
  );
  // Names of non-clashing teams are reserved first, so a renamed team never takes one of them.
  for (const team of document.teams) {
    if (team.archivedAt === null && !conflicts.includes(team)) taken.add(nameKey(team.name));
  }
  return document.teams.map((team) => {
    if (!conflicts.includes(team)) return { team, conflict: false, name: team.name };
    const choice = resolutions === null ? 'rename' : resolutions.get(team.key);
    if (choice === undefined) {
      throw conflict(
        `An active team is already called “${team.name}”. Choose whether to rename or skip it.`,
        'resolutions',
      );
    }
    if (choice === 'skip') return { team, conflict: true, name: null };
    const name = freeName(team.name, taken);
    taken.add(nameKey(name));
    return { team, conflict: true, name };
  });
}

/** What a file that does not say (version 1 always carried the notes) holds. */
function notesInFile(document: ExportDocument): NotesInFile {
  const sessions = document.teams.flatMap((team) => team.sessions);
  return sessions.some((session) => session.notes !== undefined) ? 'included' : 'left-out';
}

export function previewImport(
  db: Database,
  input: ParsedInput<'data.previewImport'>,
): ImportPreview {
  const document = readExportFile(input.document);
  return {
    exportedAt: document.exportedAt,
    facilitatorNotes: document.facilitatorNotes ?? notesInFile(document),
    retrosWithNotes: document.teams
      .flatMap((team) => team.sessions)
      .filter((session) => (session.notes ?? '') !== '').length,
    teams: planTeams(db, document, null).map(({ team, conflict, name }) => ({
      key: team.key,
      name: team.name,
      archived: team.archivedAt !== null,
      sessions: team.sessions.length,
      conflict,
      renameTo: conflict ? name : null,
    })),
    counts: countOf(document.teams),
  };
}

/** Imports an export file: read and checked completely, then added in one transaction. */
export function importFile(db: Database, input: ParsedInput<'data.import'>): ImportReport {
  const resolutions = new Map(input.resolutions.map(({ key, choice }) => [key, choice]));
  return importDocument(db, readExportFile(input.document), resolutions).report;
}

/**
 * Adds a checked document's teams with fresh ids, all in one transaction, and reports what it
 * did, with the ids of the teams it added (in the document's order).
 */
export function importDocument(
  db: Database,
  document: ExportDocument,
  resolutions: ReadonlyMap<string, ConflictResolution>,
): { report: ImportReport; teamIds: string[] } {
  return db.transaction(() => {
    const plans = planTeams(db, document, resolutions);
    let hasSample = db.prepare('SELECT 1 FROM teams WHERE is_sample = 1').get() !== undefined;
    const added: ExportedTeam[] = [];
    const teamIds: string[] = [];
    for (const { team, name } of plans) {
      if (name === null) continue;
      // There is one sample team at most; a second one comes in as an ordinary team.
      const isSample = team.isSample && !hasSample;
      hasSample ||= isSample;
      teamIds.push(writeTeam(db, team, name, isSample));
      added.push(team);
    }
    const report: ImportReport = {
      added: countOf(added),
      skipped: plans
        .filter((p) => p.name === null)
        .map((p) => ({ key: p.team.key, name: p.team.name })),
      renamed: plans
        .filter((p) => p.conflict && p.name !== null)
        .map((p) => ({ from: p.team.name, to: p.name as string })),
    };
    return { report, teamIds };
  })();
}
