import type { MethodName } from '@shared/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, ok, refused } from '../test/dispatch-helpers';
import { tempWorkspace } from '../test/temp-workspace';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;

beforeEach(async () => {
  ws = await tempWorkspace();
});
afterEach(() => ws.dispose());

describe('teams', () => {
  it('creates a team with a trimmed name and its roster, stored in SQLite', () => {
    const team = ok(ws, 'teams.create', { name: '  Checkout squad ', members: ['Ana', 'Ben'] });
    expect(team.name).toBe('Checkout squad');
    expect(team.members.map((m) => m.name)).toEqual(['Ana', 'Ben']);
    const row = ws.db.prepare('SELECT name, archived_at FROM teams WHERE id = ?').get(team.id);
    expect(row).toEqual({ name: 'Checkout squad', archived_at: null });
  });

  it('refuses a name already used by an active team, ignoring case, and stores nothing', () => {
    ok(ws, 'teams.create', { name: 'Platform' });
    const error = refused(ws, 'teams.create', { name: 'PLATFORM' });
    expect(error).toMatchObject({ code: 'conflict', field: 'name' });
    expect(error.message).toContain('already an active team');
    expect(count(ws, 'teams')).toBe(1);
  });

  it('compares names across Unicode case too', () => {
    ok(ws, 'teams.create', { name: 'Équipe' });
    expect(refused(ws, 'teams.create', { name: 'ÉQUIPE' }).code).toBe('conflict');
  });

  it('allows reusing the name of an archived team, but not unarchiving into a clash', () => {
    const old = ok(ws, 'teams.create', { name: 'Mobile' });
    ok(ws, 'teams.setArchived', { teamId: old.id, archived: true });
    ok(ws, 'teams.create', { name: 'mobile' });
    expect(refused(ws, 'teams.setArchived', { teamId: old.id, archived: false }).code).toBe(
      'conflict',
    );
  });

  it('renames, keeping its own name allowed and refusing another active name', () => {
    const a = ok(ws, 'teams.create', { name: 'Alpha' });
    ok(ws, 'teams.create', { name: 'Beta' });
    expect(ok(ws, 'teams.rename', { teamId: a.id, name: 'alpha' }).name).toBe('alpha');
    expect(refused(ws, 'teams.rename', { teamId: a.id, name: 'beta' }).code).toBe('conflict');
    expect(ok(ws, 'teams.get', { teamId: a.id }).name).toBe('alpha');
  });

  it('lists active teams by default and archived ones on request', () => {
    const a = ok(ws, 'teams.create', { name: 'Alpha' });
    ok(ws, 'teams.create', { name: 'Beta' });
    ok(ws, 'teams.setArchived', { teamId: a.id, archived: true });
    expect(ok(ws, 'teams.list', {}).map((t) => t.name)).toEqual(['Beta']);
    const all = ok(ws, 'teams.list', { includeArchived: true });
    expect(all.map((t) => [t.name, t.archived])).toEqual([
      ['Beta', false],
      ['Alpha', true],
    ]);
  });

  it('deletes a team together with its members', () => {
    const team = ok(ws, 'teams.create', { name: 'Gone', members: ['Ana'] });
    ok(ws, 'teams.delete', { teamId: team.id });
    expect(count(ws, 'teams')).toBe(0);
    expect(count(ws, 'team_members')).toBe(0);
    expect(refused(ws, 'teams.get', { teamId: team.id }).code).toBe('not_found');
  });

  it('adds and removes members, refusing a duplicate name', () => {
    const team = ok(ws, 'teams.create', { name: 'Roster' });
    const withAna = ok(ws, 'teams.addMember', { teamId: team.id, name: ' Ana ' });
    expect(withAna.members.map((m) => m.name)).toEqual(['Ana']);
    expect(refused(ws, 'teams.addMember', { teamId: team.id, name: 'ana' }).code).toBe('conflict');
    const memberId = withAna.members[0]?.id;
    expect(ok(ws, 'teams.removeMember', { teamId: team.id, memberId }).members).toEqual([]);
    expect(refused(ws, 'teams.removeMember', { teamId: team.id, memberId }).code).toBe('not_found');
  });

  it('reports a missing team as not found for every method that takes one', () => {
    const teamId = 'no-such-team';
    for (const [method, input] of [
      ['teams.get', { teamId }],
      ['teams.rename', { teamId, name: 'X' }],
      ['teams.setArchived', { teamId, archived: true }],
      ['teams.delete', { teamId }],
      ['teams.addMember', { teamId, name: 'X' }],
      ['teams.removeMember', { teamId, memberId: 'm' }],
    ] as const) {
      expect(refused(ws, method, input).code, method).toBe('not_found');
    }
  });
});

describe('teams input validation', () => {
  const long = 'x'.repeat(81);
  const cases: [MethodName, unknown, string][] = [
    ['teams.list', { includeArchived: 'yes' }, 'includeArchived'],
    ['teams.get', {}, 'teamId'],
    ['teams.get', { teamId: 42 }, 'teamId'],
    ['teams.create', { name: '   ' }, 'name'],
    ['teams.create', { name: long }, 'name'],
    ['teams.create', {}, 'name'],
    ['teams.create', { name: 'Ok', members: ['  '] }, 'members.0'],
    ['teams.create', { name: 'Ok', members: 'Ana' }, 'members'],
    ['teams.rename', { teamId: 't', name: '' }, 'name'],
    ['teams.rename', { teamId: 't', name: long }, 'name'],
    ['teams.setArchived', { teamId: 't', archived: 'no' }, 'archived'],
    ['teams.delete', { teamId: '' }, 'teamId'],
    ['teams.addMember', { teamId: 't', name: '' }, 'name'],
    ['teams.removeMember', { teamId: 't' }, 'memberId'],
  ];

  it.each(cases)(
    '%s refuses %j with a message for %s and writes nothing',
    (method, input, field) => {
      const error = refused(ws, method, input);
      expect(error.code).toBe('invalid_input');
      expect(error.field).toBe(field);
      expect(error.message.length).toBeGreaterThan(5);
      expect(count(ws, 'teams')).toBe(0);
    },
  );

  it('gives human messages for empty and long names', () => {
    expect(refused(ws, 'teams.create', { name: ' ' }).message).toBe('Give the team a name.');
    expect(refused(ws, 'teams.create', { name: long }).message).toBe(
      'Team names can be at most 80 characters.',
    );
  });

  it('refuses an unknown method and a non-object input', () => {
    expect(ws.dispatch('teams.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(ws.dispatch('teams.create', 'Alpha')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
