import type { ParsedInput } from '@shared/contract';
import { conflict, notFound } from '@shared/errors';
import type { Team, TeamMember } from '@shared/teams';
import type { Database } from 'better-sqlite3';
import type { TeamRow } from '../db/rows';
import { nameKey, newId, now } from './ids';
import { assertNotStale } from './stale-edits';
import { insertMember, insertTeam } from './writers/teams';

function membersOf(db: Database, teamId: string): TeamMember[] {
  return db
    .prepare('SELECT id, name FROM team_members WHERE team_id = ? ORDER BY position, name')
    .all(teamId) as TeamMember[];
}

function toTeam(db: Database, row: TeamRow): Team {
  return {
    id: row.id,
    name: row.name,
    archived: row.archived_at !== null,
    isSample: row.is_sample === 1,
    createdAt: row.created_at,
    members: membersOf(db, row.id),
  };
}

function teamRow(db: Database, teamId: string): TeamRow {
  const row = db.prepare('SELECT * FROM teams WHERE id = ?').get(teamId) as TeamRow | undefined;
  if (!row) throw notFound('That team no longer exists. It may have been deleted.');
  return row;
}

function assertNameFree(db: Database, name: string, exceptTeamId?: string): void {
  const clash = db
    .prepare(
      'SELECT id FROM teams WHERE name_key = ? AND archived_at IS NULL AND id IS NOT ? LIMIT 1',
    )
    .get(nameKey(name), exceptTeamId ?? null);
  if (clash) throw conflict(`There is already an active team called “${name}”.`, 'name');
}

export function listTeams(db: Database, input: ParsedInput<'teams.list'>): Team[] {
  const rows = db
    .prepare(
      `SELECT * FROM teams WHERE ? OR archived_at IS NULL
       ORDER BY archived_at IS NOT NULL, name_key`,
    )
    .all(input.includeArchived ? 1 : 0) as TeamRow[];
  return rows.map((row) => toTeam(db, row));
}

export function getTeam(db: Database, input: ParsedInput<'teams.get'>): Team {
  return toTeam(db, teamRow(db, input.teamId));
}

export function createTeam(db: Database, input: ParsedInput<'teams.create'>): Team {
  const id = newId();
  db.transaction(() => {
    assertNameFree(db, input.name);
    insertTeam(db, { id, name: input.name, created_at: now(), archived_at: null, is_sample: 0 });
    input.members.forEach((member, position) => {
      addMemberRow(db, id, member, position);
    });
  })();
  return getTeam(db, { teamId: id });
}

export function renameTeam(db: Database, input: ParsedInput<'teams.rename'>): Team {
  db.transaction(() => {
    const row = teamRow(db, input.teamId);
    assertNotStale('name', 'The team’s name was', row.name, input.name, input.expected?.name);
    if (row.archived_at === null) assertNameFree(db, input.name, input.teamId);
    db.prepare('UPDATE teams SET name = ?, name_key = ? WHERE id = ?').run(
      input.name,
      nameKey(input.name),
      input.teamId,
    );
  })();
  return getTeam(db, input);
}

export function setTeamArchived(db: Database, input: ParsedInput<'teams.setArchived'>): Team {
  db.transaction(() => {
    const row = teamRow(db, input.teamId);
    if (!input.archived && row.archived_at !== null) {
      const clash = db
        .prepare('SELECT 1 FROM teams WHERE name_key = ? AND archived_at IS NULL LIMIT 1')
        .get(nameKey(row.name));
      if (clash) {
        throw conflict(
          `Another active team is already called “${row.name}”. Rename one of them first.`,
        );
      }
    }
    db.prepare('UPDATE teams SET archived_at = ? WHERE id = ?').run(
      input.archived ? (row.archived_at ?? now()) : null,
      input.teamId,
    );
  })();
  return getTeam(db, input);
}

export function deleteTeam(db: Database, input: ParsedInput<'teams.delete'>): { teamId: string } {
  db.transaction(() => {
    teamRow(db, input.teamId);
    db.prepare('DELETE FROM teams WHERE id = ?').run(input.teamId);
  })();
  return { teamId: input.teamId };
}

function addMemberRow(db: Database, teamId: string, name: string, position: number): void {
  const taken = db
    .prepare('SELECT 1 FROM team_members WHERE team_id = ? AND name_key = ?')
    .get(teamId, nameKey(name));
  if (taken) throw conflict(`“${name}” is already on this team.`, 'name');
  insertMember(db, { id: newId(), team_id: teamId, name, position });
}

export function addMember(db: Database, input: ParsedInput<'teams.addMember'>): Team {
  db.transaction(() => {
    teamRow(db, input.teamId);
    const next = db
      .prepare('SELECT COALESCE(MAX(position) + 1, 0) FROM team_members WHERE team_id = ?')
      .pluck()
      .get(input.teamId) as number;
    addMemberRow(db, input.teamId, input.name, next);
  })();
  return getTeam(db, input);
}

export function removeMember(db: Database, input: ParsedInput<'teams.removeMember'>): Team {
  db.transaction(() => {
    teamRow(db, input.teamId);
    const result = db
      .prepare('DELETE FROM team_members WHERE id = ? AND team_id = ?')
      .run(input.memberId, input.teamId);
    if (result.changes === 0) throw notFound('That member is no longer on this team.');
  })();
  return getTeam(db, input);
}
