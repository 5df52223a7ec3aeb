import type { ParsedInput } from '@shared/contract';
import { conflict, notFound } from '@shared/errors';
import type { Team, TeamMember } from '@shared/teams';
import type { Database } from 'better-sqlite3';
import type { TeamRow } from '../db/rows';
import { nameKey, newId, now } from './ids';
import { assertNotStale } from './stale-edits';
import { prepared } from './writers/prepared';
import { insertMember, insertTeam } from './writers/teams';

function membersOf(db: Database, teamId: string): TeamMember[] {
  return prepared(
    db,
    'SELECT id, name FROM team_members WHERE team_id = ? ORDER BY position, name',
  ).all(teamId) as TeamMember[];
}

function toTeam(row: TeamRow, members: TeamMember[]): Team {
  return {
    id: row.id,
    name: row.name,
    archived: row.archived_at !== null,
    isSample: row.is_sample === 1,
    createdAt: row.created_at,
    members,
  };
}

function teamRow(db: Database, teamId: string): TeamRow {
  const row = prepared(db, 'SELECT * FROM teams WHERE id = ?').get(teamId) as TeamRow | undefined;
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

/** Every team with its members, read in two queries however many teams there are. */
export function listTeams(db: Database, input: ParsedInput<'teams.list'>): Team[] {
  const all = input.includeArchived ? 1 : 0;
  const rows = prepared(
    db,
    `SELECT * FROM teams WHERE ? OR archived_at IS NULL
     ORDER BY archived_at IS NOT NULL, name_key`,
  ).all(all) as TeamRow[];
  const members = new Map<string, TeamMember[]>();
  const memberRows = prepared(
    db,
    `SELECT m.team_id AS teamId, m.id, m.name FROM teams t
     JOIN team_members m ON m.team_id = t.id
     WHERE ? OR t.archived_at IS NULL
     ORDER BY m.team_id, m.position, m.name`,
  ).all(all) as (TeamMember & { teamId: string })[];
  for (const { teamId, ...member } of memberRows) {
    members.set(teamId, [...(members.get(teamId) ?? []), member]);
  }
  return rows.map((row) => toTeam(row, members.get(row.id) ?? []));
}

export function getTeam(db: Database, input: ParsedInput<'teams.get'>): Team {
  return toTeam(teamRow(db, input.teamId), membersOf(db, input.teamId));
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
