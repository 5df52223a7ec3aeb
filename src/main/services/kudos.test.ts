import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/contract';
import type { Kudos, SessionSummary } from '../../shared/sessions';
import type { Team } from '../../shared/teams';
import { tempWorkspace } from '../test/temp-workspace';
import { kudosView } from './kudos';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
let sessionId: string;

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

const kudosCount = () => ws.db.prepare('SELECT COUNT(*) FROM kudos').pluck().get();

const bold = {
  act: 'Rewrote the flaky deploy script on a Friday',
  who: 'Ana',
  outcome: 'did_not_work',
};

beforeEach(async () => {
  ws = await tempWorkspace();
  const team = call<Team>('teams.create', { name: 'Checkout', members: ['Ana', 'Ben'] });
  sessionId = call<SessionSummary>('sessions.create', { teamId: team.id, title: 'Sprint 12' }).id;
  call('participants.set', { sessionId, mode: 'anonymous', count: 5 });
});
afterEach(() => ws.dispose());

describe('kudos', () => {
  it('records the act, who did it and how it turned out, trimmed, in the order given', () => {
    const first = call<Kudos>('kudos.add', { sessionId, ...bold, act: `  ${bold.act} ` });
    expect(first).toMatchObject({ act: bold.act, who: 'Ana', outcome: 'did_not_work' });
    call('kudos.add', { sessionId, act: 'Paired with support', who: ' Ben ', outcome: 'worked' });
    call('kudos.add', { sessionId, act: 'Wrote the runbook', who: 'Cleo', outcome: 'partly' });
    expect(kudosView(ws.db, sessionId).map((k) => [k.who, k.outcome])).toEqual([
      ['Ana', 'did_not_work'],
      ['Ben', 'worked'],
      ['Cleo', 'partly'],
    ]);
    const row = ws.db.prepare('SELECT session_id, act FROM kudos WHERE id = ?').get(first.id);
    expect(row).toEqual({ session_id: sessionId, act: bold.act });
  });

  it('needs what they did, who did it and a known outcome, and stores nothing otherwise', () => {
    expect(failure('kudos.add', { sessionId, ...bold, act: '   ' })).toMatchObject({
      code: 'invalid_input',
      field: 'act',
    });
    expect(failure('kudos.add', { sessionId, ...bold, who: '' })).toMatchObject({
      code: 'invalid_input',
      field: 'who',
    });
    const outcome = failure('kudos.add', { sessionId, ...bold, outcome: 'failed' });
    expect(outcome).toMatchObject({ code: 'invalid_input', message: 'Say how it turned out.' });
    expect(failure('kudos.add', { sessionId, ...bold, act: 'x'.repeat(501) }).code).toBe(
      'invalid_input',
    );
    expect(kudosCount()).toBe(0);
  });

  it('refuses a session that does not exist', () => {
    const error = failure('kudos.add', { ...bold, sessionId: crypto.randomUUID() });
    expect(error.code).toBe('not_found');
    expect(kudosCount()).toBe(0);
  });

  it('deletes a kudos, and says so when it is already gone', () => {
    const kudos = call<Kudos>('kudos.add', { sessionId, ...bold });
    call('kudos.delete', { kudosId: kudos.id });
    expect(kudosView(ws.db, sessionId)).toEqual([]);
    expect(failure('kudos.delete', { kudosId: kudos.id }).code).toBe('not_found');
  });

  it('refuses to add or delete once the session is closed, and keeps what is stored', () => {
    const kudos = call<Kudos>('kudos.add', { sessionId, ...bold });
    call('sessions.close', { sessionId });
    const added = failure('kudos.add', { sessionId, ...bold, who: 'Ben' });
    expect(added.code).toBe('read_only');
    expect(added.message).toContain('Reopen');
    expect(failure('kudos.delete', { kudosId: kudos.id }).code).toBe('read_only');
    expect(kudosView(ws.db, sessionId).map((k) => k.id)).toEqual([kudos.id]);
    call('sessions.reopen', { sessionId });
    call('kudos.delete', { kudosId: kudos.id });
    expect(kudosCount()).toBe(0);
  });

  it('goes when its session is deleted', () => {
    call('kudos.add', { sessionId, ...bold });
    call('sessions.delete', { sessionId });
    expect(kudosCount()).toBe(0);
  });
});
