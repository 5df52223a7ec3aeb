import { STAGE_IDS } from '@shared/stages';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { count, ok, refused, sessionWith } from '../test/dispatch-helpers';
import { tempWorkspace } from '../test/temp-workspace';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
beforeEach(async () => {
  ws = await tempWorkspace();
});
afterEach(() => {
  vi.useRealTimers();
  ws.dispose();
});

describe('sessions', () => {
  it('creates a session dated today that starts at check-in with the default timebox', () => {
    const { sessionId } = sessionWith(ws, 0);
    const view = ok(ws, 'sessions.get', { sessionId });
    expect(view.session).toMatchObject({
      title: 'Sprint 12 retro',
      status: 'in_progress',
      currentStage: 'check-in',
      date: new Date().toISOString().slice(0, 10),
      dotsPerParticipant: 3,
    });
    expect(view.stages.map((s) => s.id)).toEqual([...STAGE_IDS]);
    expect(view.timer).toMatchObject({
      stageId: 'check-in',
      durationMs: 5 * 60_000,
      startedAt: null,
    });
  });

  it('marks Review skipped when the team has nothing open', () => {
    const { sessionId } = sessionWith(ws, 0);
    const review = ok(ws, 'sessions.get', { sessionId }).stages.find((s) => s.id === 'review');
    expect(review?.skipped).toBe(true);
  });

  it('lists sessions newest first with their status', () => {
    const team = ok(ws, 'teams.create', { name: 'T' });
    ok(ws, 'sessions.create', { teamId: team.id, title: 'March', date: '2026-03-01' });
    const may = ok(ws, 'sessions.create', { teamId: team.id, title: 'May', date: '2026-05-01' });
    ok(ws, 'sessions.create', { teamId: team.id, title: 'April', date: '2026-04-01' });
    ok(ws, 'sessions.close', { sessionId: may.id });
    const list = ok(ws, 'sessions.list', { teamId: team.id });
    expect(list.map((s) => [s.title, s.status])).toEqual([
      ['May', 'closed'],
      ['April', 'in_progress'],
      ['March', 'in_progress'],
    ]);
  });

  it('lists a page of retros at a time, newest first, with how many there are in all', () => {
    const team = ok(ws, 'teams.create', { name: 'T' });
    for (let month = 1; month <= 9; month++) {
      ok(ws, 'sessions.create', {
        teamId: team.id,
        title: `Month ${month}`,
        date: `2026-0${month}-01`,
      });
    }
    const page = (offset: number, limit: number) =>
      ok(ws, 'sessions.page', { teamId: team.id, offset, limit });
    expect(page(0, 4).sessions.map((s) => s.title)).toEqual([
      'Month 9',
      'Month 8',
      'Month 7',
      'Month 6',
    ]);
    expect(page(8, 4)).toMatchObject({ total: 9, sessions: [{ title: 'Month 1' }] });
    expect(page(0, 100).sessions).toEqual(ok(ws, 'sessions.list', { teamId: team.id }));
    expect(refused(ws, 'sessions.page', { teamId: team.id, limit: 101 }).message).toBe(
      'List at most 100 retros at once.',
    );
    expect(refused(ws, 'sessions.page', { teamId: team.id, offset: -1, limit: 5 }).field).toBe(
      'offset',
    );
    expect(refused(ws, 'sessions.page', { teamId: 'nope', limit: 5 }).code).toBe('not_found');
  });

  it('refuses bad titles and dates with messages and stores nothing', () => {
    const team = ok(ws, 'teams.create', { name: 'T' });
    expect(refused(ws, 'sessions.create', { teamId: team.id, title: '  ' })).toMatchObject({
      code: 'invalid_input',
      field: 'title',
    });
    expect(
      refused(ws, 'sessions.create', { teamId: team.id, title: 'x'.repeat(121) }).message,
    ).toMatch(/at most 120/);
    expect(
      refused(ws, 'sessions.create', { teamId: team.id, title: 'Ok', date: '2026-02-30' }).message,
    ).toBe('That date does not exist.');
    expect(
      refused(ws, 'sessions.create', { teamId: team.id, title: 'Ok', date: '31/01/2026' }).field,
    ).toBe('date');
    expect(refused(ws, 'sessions.create', { teamId: 'nope', title: 'Ok' }).code).toBe('not_found');
    expect(count(ws, 'sessions')).toBe(0);
  });

  it('refuses a new retro for an archived team', () => {
    const team = ok(ws, 'teams.create', { name: 'T' });
    ok(ws, 'teams.setArchived', { teamId: team.id, archived: true });
    expect(refused(ws, 'sessions.create', { teamId: team.id, title: 'Ok' }).code).toBe('conflict');
  });

  it('remembers the stage it is on, and refuses a stage the session does not run', () => {
    const { sessionId } = sessionWith(ws);
    ok(ws, 'sessions.goToStage', { sessionId, stageId: 'reflect' });
    const view = ok(ws, 'sessions.get', { sessionId });
    expect(view.session.currentStage).toBe('reflect');
    expect(view.timer).toMatchObject({ stageId: 'reflect', durationMs: 15 * 60_000 });
    expect(refused(ws, 'sessions.goToStage', { sessionId, stageId: 'lunch' }).field).toBe(
      'stageId',
    );
  });

  it('runs the team template: disabled stages left out, order and timeboxes kept', () => {
    const team = ok(ws, 'teams.create', { name: 'T' });
    const template = ok(ws, 'templates.get', { teamId: team.id });
    const stages = [...template.stages].reverse().map((s) => ({
      ...s,
      enabled: s.id !== 'recognize',
      minutes: s.id === 'close' ? 9 : s.minutes,
    }));
    ok(ws, 'templates.update', {
      ...template,
      stages,
      autoStartTimer: true,
      dotsPerParticipant: 5,
    });
    const session = ok(ws, 'sessions.create', { teamId: team.id, title: 'Custom' });
    const view = ok(ws, 'sessions.get', { sessionId: session.id });
    expect(view.stages.map((s) => s.id)).toEqual(
      [...STAGE_IDS].reverse().filter((id) => id !== 'recognize'),
    );
    expect(view.session.currentStage).toBe('close');
    expect(view.timer.durationMs).toBe(9 * 60_000);
    expect(view.timer.startedAt).not.toBeNull();
    expect(view.session.dotsPerParticipant).toBe(5);
  });

  it('refuses a template that drops or repeats stages, or has no stage on', () => {
    const team = ok(ws, 'teams.create', { name: 'T' });
    const template = ok(ws, 'templates.get', { teamId: team.id });
    const twice = [...template.stages.slice(1), template.stages[1]];
    expect(refused(ws, 'templates.update', { ...template, stages: twice }).message).toBe(
      'List each of the eight stages exactly once.',
    );
    const none = template.stages.map((s) => ({ ...s, enabled: false }));
    expect(refused(ws, 'templates.update', { ...template, stages: none }).message).toBe(
      'Keep at least one stage.',
    );
    expect(refused(ws, 'templates.update', { ...template, dotsPerParticipant: 0 }).field).toBe(
      'dotsPerParticipant',
    );
    expect(count(ws, 'team_templates')).toBe(0);
  });

  it('deletes a session and every row that depends on it', () => {
    const { sessionId } = sessionWith(ws);
    ok(ws, 'sessions.delete', { sessionId });
    expect(count(ws, 'sessions')).toBe(0);
    expect(count(ws, 'participants')).toBe(0);
    expect(refused(ws, 'sessions.get', { sessionId }).code).toBe('not_found');
  });
});

describe('closed sessions', () => {
  it('refuse edits with a clear message until reopened', () => {
    const { sessionId } = sessionWith(ws);
    ok(ws, 'sessions.update', { sessionId, summary: 'We shipped.' });
    ok(ws, 'sessions.close', { sessionId });
    const error = refused(ws, 'sessions.update', { sessionId, notes: 'late note' });
    expect(error).toMatchObject({ code: 'read_only' });
    expect(error.message).toMatch(/closed.*Reopen/);
    for (const [method, input] of [
      ['sessions.goToStage', { sessionId, stageId: 'pulse' }],
      ['timer.start', { sessionId }],
      ['participants.set', { sessionId, mode: 'anonymous', count: 2 }],
    ] as const) {
      expect(refused(ws, method, input).code, method).toBe('read_only');
    }
    expect(ok(ws, 'sessions.get', { sessionId }).session.notes).toBe('');

    ok(ws, 'sessions.reopen', { sessionId });
    ok(ws, 'sessions.update', { sessionId, notes: 'late note' });
    expect(ok(ws, 'sessions.get', { sessionId }).session).toMatchObject({
      status: 'in_progress',
      notes: 'late note',
      summary: 'We shipped.',
    });
  });
});

describe('timer', () => {
  it('keeps start, pause, extend and reset in the database', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-01T10:00:00Z'));
    const { sessionId } = sessionWith(ws);
    ok(ws, 'timer.start', { sessionId });
    vi.setSystemTime(new Date('2026-05-01T10:01:30Z'));
    ok(ws, 'timer.pause', { sessionId });
    ok(ws, 'timer.extend', { sessionId, minutes: 2 });
    let timer = ok(ws, 'sessions.get', { sessionId }).timer;
    expect(timer).toMatchObject({ elapsedMs: 90_000, startedAt: null, durationMs: 7 * 60_000 });

    ok(ws, 'timer.start', { sessionId });
    timer = ok(ws, 'sessions.get', { sessionId }).timer;
    expect(timer.startedAt).toBe('2026-05-01T10:01:30.000Z');

    ok(ws, 'timer.reset', { sessionId });
    timer = ok(ws, 'sessions.get', { sessionId }).timer;
    expect(timer).toMatchObject({ elapsedMs: 0, startedAt: null, durationMs: 5 * 60_000 });
    expect(refused(ws, 'timer.extend', { sessionId, minutes: 500 }).field).toBe('minutes');
  });
});

describe('participants', () => {
  it('sets an anonymous count, keeping ids when the count grows', () => {
    const { sessionId } = sessionWith(ws, 3);
    const before = ok(ws, 'sessions.get', { sessionId }).participants;
    ok(ws, 'participants.set', { sessionId, mode: 'anonymous', count: 5 });
    const after = ok(ws, 'sessions.get', { sessionId }).participants;
    expect(after.map((p) => p.label)).toEqual([
      'Participant 1',
      'Participant 2',
      'Participant 3',
      'Participant 4',
      'Participant 5',
    ]);
    expect(after.slice(0, 3).map((p) => p.id)).toEqual(before.map((p) => p.id));
  });

  it('uses names, linking roster members, and refuses the same name twice', () => {
    const { sessionId } = sessionWith(ws, 0);
    ok(ws, 'participants.set', { sessionId, mode: 'named', names: ['Ana', 'Guest Dee'] });
    const view = ok(ws, 'sessions.get', { sessionId });
    expect(view.session.participantMode).toBe('named');
    expect(view.participants.map((p) => [p.label, p.memberId !== null])).toEqual([
      ['Ana', true],
      ['Guest Dee', false],
    ]);
    expect(
      refused(ws, 'participants.set', { sessionId, mode: 'named', names: ['Ana', 'ana'] }).message,
    ).toBe('Each name can be listed once.');
    expect(refused(ws, 'participants.set', { sessionId, mode: 'anonymous', count: 0 }).field).toBe(
      'count',
    );
    expect(count(ws, 'participants')).toBe(2);
  });

  it('stores a one-word check-in per participant', () => {
    const { sessionId } = sessionWith(ws, 2);
    const [first] = ok(ws, 'sessions.get', { sessionId }).participants;
    ok(ws, 'participants.checkIn', { sessionId, participantId: first?.id, word: ' curious ' });
    expect(ok(ws, 'sessions.get', { sessionId }).participants[0]?.checkIn).toBe('curious');
    expect(
      refused(ws, 'participants.checkIn', { sessionId, participantId: 'x', word: 'hi' }).code,
    ).toBe('invalid_input');
  });
});
