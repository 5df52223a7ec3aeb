import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, ok, refused, sessionWith } from '../test/dispatch-helpers';
import { tempWorkspace } from '../test/temp-workspace';
import { kudosView } from './kudos';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
let sessionId: string;

const bold = {
  act: 'Rewrote the flaky deploy script on a Friday',
  who: 'Ana',
  outcome: 'did_not_work',
};

beforeEach(async () => {
  ws = await tempWorkspace();
  sessionId = sessionWith(ws).sessionId;
});
afterEach(() => ws.dispose());

describe('kudos', () => {
  it('records the act, who did it and how it turned out, trimmed, in the order given', () => {
    const first = ok(ws, 'kudos.add', { sessionId, ...bold, act: `  ${bold.act} ` });
    expect(first).toMatchObject({ act: bold.act, who: 'Ana', outcome: 'did_not_work' });
    ok(ws, 'kudos.add', { sessionId, act: 'Paired with support', who: ' Ben ', outcome: 'worked' });
    ok(ws, 'kudos.add', { sessionId, act: 'Wrote the runbook', who: 'Cleo', outcome: 'partly' });
    expect(kudosView(ws.db, sessionId).map((k) => [k.who, k.outcome])).toEqual([
      ['Ana', 'did_not_work'],
      ['Ben', 'worked'],
      ['Cleo', 'partly'],
    ]);
    const row = ws.db.prepare('SELECT session_id, act FROM kudos WHERE id = ?').get(first.id);
    expect(row).toEqual({ session_id: sessionId, act: bold.act });
  });

  it('needs what they did, who did it and a known outcome, and stores nothing otherwise', () => {
    expect(refused(ws, 'kudos.add', { sessionId, ...bold, act: '   ' })).toMatchObject({
      code: 'invalid_input',
      field: 'act',
    });
    expect(refused(ws, 'kudos.add', { sessionId, ...bold, who: '' })).toMatchObject({
      code: 'invalid_input',
      field: 'who',
    });
    const outcome = refused(ws, 'kudos.add', { sessionId, ...bold, outcome: 'failed' });
    expect(outcome).toMatchObject({ code: 'invalid_input', message: 'Say how it turned out.' });
    expect(refused(ws, 'kudos.add', { sessionId, ...bold, act: 'x'.repeat(501) }).code).toBe(
      'invalid_input',
    );
    expect(count(ws, 'kudos')).toBe(0);
  });

  it('refuses a session that does not exist', () => {
    const error = refused(ws, 'kudos.add', { ...bold, sessionId: crypto.randomUUID() });
    expect(error.code).toBe('not_found');
    expect(count(ws, 'kudos')).toBe(0);
  });

  it('deletes a kudos, and says so when it is already gone', () => {
    const kudos = ok(ws, 'kudos.add', { sessionId, ...bold });
    ok(ws, 'kudos.delete', { kudosId: kudos.id });
    expect(kudosView(ws.db, sessionId)).toEqual([]);
    expect(refused(ws, 'kudos.delete', { kudosId: kudos.id }).code).toBe('not_found');
  });

  it('refuses to add or delete once the session is closed, and keeps what is stored', () => {
    const kudos = ok(ws, 'kudos.add', { sessionId, ...bold });
    ok(ws, 'sessions.close', { sessionId });
    const added = refused(ws, 'kudos.add', { sessionId, ...bold, who: 'Ben' });
    expect(added.code).toBe('read_only');
    expect(added.message).toContain('Reopen');
    expect(refused(ws, 'kudos.delete', { kudosId: kudos.id }).code).toBe('read_only');
    expect(kudosView(ws.db, sessionId).map((k) => k.id)).toEqual([kudos.id]);
    ok(ws, 'sessions.reopen', { sessionId });
    ok(ws, 'kudos.delete', { kudosId: kudos.id });
    expect(count(ws, 'kudos')).toBe(0);
  });

  it('goes when its session is deleted', () => {
    ok(ws, 'kudos.add', { sessionId, ...bold });
    ok(ws, 'sessions.delete', { sessionId });
    expect(count(ws, 'kudos')).toBe(0);
  });
});
