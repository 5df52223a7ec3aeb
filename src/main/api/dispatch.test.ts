import type { AppEvent } from '@shared/contract-changes';
import type { SessionView } from '@shared/sessions';
import { describe, expect, it, vi } from 'vitest';
import { count, ok, sessionWith } from '../test/dispatch-helpers';
import { tempWorkspaceForTest } from '../test/temp-workspace';
import { createDispatch } from './dispatch';

describe('dispatch', () => {
  it('announces a change after a mutation but not after a query or a refused call', async () => {
    const ws = await tempWorkspaceForTest();
    const seen: AppEvent[] = [];
    const dispatch = createDispatch({ db: ws.db, info: ws.info }, (event) => seen.push(event));
    dispatch('teams.list', {});
    dispatch('teams.create', { name: '' });
    const created = dispatch('teams.create', { name: 'Alpha' });
    if (!created.ok) throw new Error(created.error.message);
    const teamId = (created.value as { id: string }).id;
    // The event names the team the change concerns, and numbers the change as its answer does.
    expect(seen).toEqual([
      {
        name: 'data.changed',
        payload: { method: 'teams.create', change: created.change?.change, teamId },
      },
    ]);
  });

  it('turns an unexpected failure into a typed internal error without throwing', async () => {
    const ws = await tempWorkspaceForTest();
    const log = vi.fn();
    const dispatch = createDispatch({ db: ws.db, info: ws.info }, () => {}, log);
    ws.db.exec('DROP TABLE team_members');
    const result = dispatch('teams.create', { name: 'Alpha', members: ['Ana'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledOnce();
    expect(count(ws, 'teams')).toBe(0);
  });
});

describe('what a change concerns', () => {
  it('names the retro and team in the event, looked up before a deletion removes the row', async () => {
    const ws = await tempWorkspaceForTest();
    const { team, sessionId } = sessionWith(ws);
    const card = ok(ws, 'cards.add', {
      sessionId,
      practiceId: 'model-humility',
      kind: 'went_well',
      text: 'Ana shared the outage notes first',
    });
    const seen: AppEvent[] = [];
    ws.subscribe((event) => seen.push(event));

    ok(ws, 'cards.delete', { cardId: card.id });
    ok(ws, 'teams.rename', { teamId: team.id, name: 'Payments squad' });
    ok(ws, 'backups.list', {});
    ok(ws, 'sessions.delete', { sessionId });

    expect(seen.map((event) => event.payload)).toEqual([
      { method: 'cards.delete', change: expect.any(Number), sessionId, teamId: team.id },
      { method: 'teams.rename', change: expect.any(Number), teamId: team.id },
      { method: 'sessions.delete', change: expect.any(Number), sessionId, teamId: team.id },
    ]);
  });

  it('answers a change made through a transport with the fresh view of what it changed', async () => {
    const ws = await tempWorkspaceForTest();
    const { team, sessionId } = sessionWith(ws);

    const added = await ws.call('cards.add', {
      sessionId,
      practiceId: 'model-humility',
      kind: 'went_well',
      text: 'Ben asked for help early',
    });
    if (!added.ok || !added.change) throw new Error('cards.add should answer with its change.');
    const [fresh, screen, ...more] = added.change.fresh;
    if (!fresh) throw new Error('cards.add should answer with the session view.');
    expect(more).toEqual([]);
    // The shared screen's pages count cards, so its state comes along.
    expect(screen).toEqual({ method: 'screen.get', input: {}, value: ok(ws, 'screen.get', {}) });
    expect(fresh.method).toBe('sessions.get');
    expect(fresh.input).toEqual({ sessionId });
    // The view as a query would read it now (but for the clock), the new card in it.
    const { timer, ...view } = fresh.value as SessionView;
    const { timer: now, ...queried } = ok(ws, 'sessions.get', { sessionId });
    expect({ ...timer, serverNow: now.serverNow }).toEqual(now);
    expect(view).toEqual(queried);
    expect(view.cards.map((card) => card.text)).toEqual(['Ben asked for help early']);

    // A team's change answers with the team; a deleted retro with only the shared screen.
    const renamed = await ws.call('teams.addMember', { teamId: team.id, name: 'Dev' });
    expect(renamed.ok && renamed.change?.fresh).toEqual([
      {
        method: 'teams.get',
        input: { teamId: team.id },
        value: ok(ws, 'teams.get', { teamId: team.id }),
      },
    ]);
    const deleted = await ws.call('sessions.delete', { sessionId });
    expect(deleted.ok && deleted.change?.fresh.map((answer) => answer.method)).toEqual([
      'screen.get',
    ]);
    // Reads and refusals carry no change.
    expect(await ws.call('teams.list', {})).not.toHaveProperty('change');
    expect(await ws.call('cards.add', { sessionId, text: '' })).not.toHaveProperty('change');
  });
});
