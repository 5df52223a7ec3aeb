import type { AppEvent } from '@shared/contract';
import { describe, expect, it, vi } from 'vitest';
import { count } from '../test/dispatch-helpers';
import { tempWorkspaceForTest } from '../test/temp-workspace';
import { createDispatch } from './dispatch';

describe('dispatch', () => {
  it('announces a change after a mutation but not after a query or a refused call', async () => {
    const ws = await tempWorkspaceForTest();
    const seen: AppEvent[] = [];
    const dispatch = createDispatch({ db: ws.db, info: ws.info }, (event) => seen.push(event));
    dispatch('teams.list', {});
    dispatch('teams.create', { name: '' });
    dispatch('teams.create', { name: 'Alpha' });
    expect(seen).toEqual([{ name: 'data.changed', payload: { method: 'teams.create' } }]);
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
