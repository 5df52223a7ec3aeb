import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/contract';
import type { Team } from '../../shared/teams';
import { tempWorkspace } from '../test/temp-workspace';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;

beforeEach(async () => {
  ws = await tempWorkspace();
});
afterEach(() => ws.dispose());

function call<T>(method: MethodName, input: unknown): T {
  const envelope = ws.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

function failure(method: MethodName, input: unknown) {
  const envelope = ws.dispatch(method, input);
  if (envelope.ok) throw new Error(`${method} unexpectedly succeeded`);
  return envelope.error;
}

const teamCount = () => ws.db.prepare('SELECT COUNT(*) FROM teams').pluck().get();

describe('teams', () => {
  it('creates a team with a trimmed name and its roster, stored in SQLite', () => {
    const team = call<Team>('teams.create', { name: '  Checkout squad ', members: ['Ana', 'Ben'] });
    expect(team.name).toBe('Checkout squad');
    expect(team.members.map((m) => m.name)).toEqual(['Ana', 'Ben']);
    const row = ws.db.prepare('SELECT name, archived_at FROM teams WHERE id = ?').get(team.id);
    expect(row).toEqual({ name: 'Checkout squad', archived_at: null });
  });

  it('refuses a name already used by an active team, ignoring case, and stores nothing', () => {
    call('teams.create', { name: 'Platform' });
    const error = failure('teams.create', { name: 'PLATFORM' });
    expect(error).toMatchObject({ code: 'conflict', field: 'name' });
    expect(error.message).toContain('already an active team');
    expect(teamCount()).toBe(1);
  });

  it('compares names across Unicode case too', () => {
    call('teams.create', { name: 'Équipe' });
    expect(failure('teams.create', { name: 'ÉQUIPE' }).code).toBe('conflict');
  });

  it('allows reusing the name of an archived team, but not unarchiving into a clash', () => {
    const old = call<Team>('teams.create', { name: 'Mobile' });
    call('teams.setArchived', { teamId: old.id, archived: true });
    call('teams.create', { name: 'mobile' });
    expect(failure('teams.setArchived', { teamId: old.id, archived: false }).code).toBe('conflict');
  });

  it('renames, keeping its own name allowed and refusing another active name', () => {
    const a = call<Team>('teams.create', { name: 'Alpha' });
    call('teams.create', { name: 'Beta' });
    expect(call<Team>('teams.rename', { teamId: a.id, name: 'alpha' }).name).toBe('alpha');
    expect(failure('teams.rename', { teamId: a.id, name: 'beta' }).code).toBe('conflict');
    expect(call<Team>('teams.get', { teamId: a.id }).name).toBe('alpha');
  });

  it('lists active teams by default and archived ones on request', () => {
    const a = call<Team>('teams.create', { name: 'Alpha' });
    call('teams.create', { name: 'Beta' });
    call('teams.setArchived', { teamId: a.id, archived: true });
    expect(call<Team[]>('teams.list', {}).map((t) => t.name)).toEqual(['Beta']);
    const all = call<Team[]>('teams.list', { includeArchived: true });
    expect(all.map((t) => [t.name, t.archived])).toEqual([
      ['Beta', false],
      ['Alpha', true],
    ]);
  });

  it('deletes a team together with its members', () => {
    const team = call<Team>('teams.create', { name: 'Gone', members: ['Ana'] });
    call('teams.delete', { teamId: team.id });
    expect(teamCount()).toBe(0);
    expect(ws.db.prepare('SELECT COUNT(*) FROM team_members').pluck().get()).toBe(0);
    expect(failure('teams.get', { teamId: team.id }).code).toBe('not_found');
  });

  it('adds and removes members, refusing a duplicate name', () => {
    const team = call<Team>('teams.create', { name: 'Roster' });
    const withAna = call<Team>('teams.addMember', { teamId: team.id, name: ' Ana ' });
    expect(withAna.members.map((m) => m.name)).toEqual(['Ana']);
    expect(failure('teams.addMember', { teamId: team.id, name: 'ana' }).code).toBe('conflict');
    const memberId = withAna.members[0]?.id;
    expect(call<Team>('teams.removeMember', { teamId: team.id, memberId }).members).toEqual([]);
    expect(failure('teams.removeMember', { teamId: team.id, memberId }).code).toBe('not_found');
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
      expect(failure(method, input).code, method).toBe('not_found');
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
      const error = failure(method, input);
      expect(error.code).toBe('invalid_input');
      expect(error.field).toBe(field);
      expect(error.message.length).toBeGreaterThan(5);
      expect(teamCount()).toBe(0);
    },
  );

  it('gives human messages for empty and long names', () => {
    expect(failure('teams.create', { name: ' ' }).message).toBe('Give the team a name.');
    expect(failure('teams.create', { name: long }).message).toBe(
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
