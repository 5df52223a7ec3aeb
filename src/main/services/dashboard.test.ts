import { type PracticeChange, trendOf } from '@shared/dashboard';
import type { PracticeId } from '@shared/practices';
import type { Distribution } from '@shared/sessions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, refused } from '../test/dispatch-helpers';
import { tempWorkspace } from '../test/temp-workspace';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;

beforeEach(async () => {
  ws = await tempWorkspace();
});
afterEach(() => ws.dispose());

function session(teamId: string, title: string, date: string, people: number): string {
  const { id } = ok(ws, 'sessions.create', { teamId, title, date });
  ok(ws, 'participants.set', { sessionId: id, mode: 'anonymous', count: people });
  return id;
}

function pulse(sessionId: string, practiceId: PracticeId, counts: Distribution): void {
  ok(ws, 'pulse.setTally', { sessionId, practiceId, counts });
}

function action(sessionId: string, practiceId: PracticeId, title: string): string {
  return ok(ws, 'actions.add', {
    sessionId,
    title,
    owner: 'Ana',
    dueDate: null,
    practiceId,
    circle: 'control',
    item: null,
  }).id;
}

function review(sessionId: string, kind: 'action' | 'commitment', id: string, status: string) {
  ok(ws, 'review.mark', { sessionId, kind, id, status, note: '' });
}

const close = (sessionId: string) => ok(ws, 'sessions.close', { sessionId });

/**
 * The hand-built history every aggregate is checked against:
 *
 * S1 2026-01-05, closed, 4 people
 *   pulse initiative  [0,1,2,1,0] -> n 4, mean 3.00, min 2, max 4
 *         information [0,0,0,2,2] -> n 4, mean 4.50, min 4, max 5
 *         humility    [1,1,1,1,0] -> n 4, mean 2.50, min 1, max 4
 *         influence   nobody rated
 *   ROTI [0,0,1,2,1] -> mean 4.00; 2 kudos
 *   actions A1 (initiative), A2 (information); commitment C1
 * S2 2026-01-19, closed, 5 people, no ratings at all, no kudos
 *   reviews A1 done, A2 in progress, C1 dropped; action A3 (initiative)
 * S3 2026-02-02, still in progress, 3 people
 *   pulse initiative  [0,0,3,0,0] -> 3.00 (a tie with S1: flat)
 *         information [0,1,1,1,0] -> 3.00 (down 1.50)
 *         humility    [0,0,0,1,2] -> 14/3 = 4.67 (up 2.17)
 *         influence   [0,0,1,0,0] -> 3.00 (nothing to compare with)
 *   ROTI [0,1,0,0,0] -> 2.00; 1 kudos
 *   reviews A2 done, A3 in progress; action A4 (humility), never reviewed
 */
function buildHistory() {
  const team = ok(ws, 'teams.create', { name: 'Checkout' });
  const s1 = session(team.id, 'Retro 1', '2026-01-05', 4);
  pulse(s1, 'reward-initiative', [0, 1, 2, 1, 0]);
  pulse(s1, 'share-information', [0, 0, 0, 2, 2]);
  pulse(s1, 'model-humility', [1, 1, 1, 1, 0]);
  ok(ws, 'roti.setTally', { sessionId: s1, counts: [0, 0, 1, 2, 1] });
  ok(ws, 'kudos.add', { sessionId: s1, act: 'Fixed CI', who: 'Ana', outcome: 'worked' });
  ok(ws, 'kudos.add', {
    sessionId: s1,
    act: 'Tried canaries',
    who: 'Ben',
    outcome: 'did_not_work',
  });
  const a1 = action(s1, 'reward-initiative', 'Thank people in stand-up');
  const a2 = action(s1, 'share-information', 'Write release notes');
  const c1 = ok(ws, 'commitments.add', {
    sessionId: s1,
    participantId: null,
    person: 'Ana',
    text: 'I will pair more',
  }).id;
  close(s1);

  const s2 = session(team.id, 'Retro 2', '2026-01-19', 5);
  review(s2, 'action', a1, 'done');
  review(s2, 'action', a2, 'in_progress');
  review(s2, 'commitment', c1, 'dropped');
  const a3 = action(s2, 'reward-initiative', 'Start a kudos thread');
  close(s2);

  const s3 = session(team.id, 'Retro 3', '2026-02-02', 3);
  pulse(s3, 'reward-initiative', [0, 0, 3, 0, 0]);
  pulse(s3, 'share-information', [0, 1, 1, 1, 0]);
  pulse(s3, 'model-humility', [0, 0, 0, 1, 2]);
  pulse(s3, 'influence-not-control', [0, 0, 1, 0, 0]);
  ok(ws, 'roti.setTally', { sessionId: s3, counts: [0, 1, 0, 0, 0] });
  ok(ws, 'kudos.add', { sessionId: s3, act: 'Paired on billing', who: 'Ben', outcome: 'partly' });
  review(s3, 'action', a2, 'done');
  review(s3, 'action', a3, 'in_progress');
  action(s3, 'model-humility', 'Rotate who speaks first');

  return { team, s1, s2, s3 };
}

const practice = (
  sessionPulse: { practiceId: PracticeId }[],
  practiceId: PracticeId,
): Record<string, unknown> => {
  const found = sessionPulse.find((p) => p.practiceId === practiceId);
  if (!found) throw new Error(`no ${practiceId}`);
  return found;
};

const noRatings = { count: 0, mean: null, min: null, max: null, distribution: [0, 0, 0, 0, 0] };

describe('dashboard.team', () => {
  it('lists the sessions oldest first, closed and in progress alike, with their counts', () => {
    const { team, s1, s2, s3 } = buildHistory();
    const dashboard = ok(ws, 'dashboard.team', { teamId: team.id });
    expect(dashboard.team).toEqual({
      id: team.id,
      name: 'Checkout',
      isSample: false,
      archived: false,
    });
    expect(dashboard.teamSessionCount).toBe(3);
    expect(
      dashboard.sessions.map((s) => [
        s.id,
        s.title,
        s.date,
        s.status,
        s.participants,
        s.kudos,
        s.actionsCreated,
        s.commitmentsCreated,
      ]),
    ).toEqual([
      [s1, 'Retro 1', '2026-01-05', 'closed', 4, 2, 2, 1],
      [s2, 'Retro 2', '2026-01-19', 'closed', 5, 0, 1, 0],
      [s3, 'Retro 3', '2026-02-02', 'in_progress', 3, 1, 1, 0],
    ]);
  });

  it('gives each practice its mean, spread and distribution, with nulls where nobody rated', () => {
    const { team } = buildHistory();
    const [first, second, third] = ok(ws, 'dashboard.team', { teamId: team.id }).sessions;
    if (!first || !second || !third) throw new Error('three sessions expected');
    expect(first.pulse.map((p) => p.practiceId)).toEqual([
      'reward-initiative',
      'share-information',
      'model-humility',
      'influence-not-control',
    ]);
    expect(practice(first.pulse, 'reward-initiative')).toMatchObject({
      count: 4,
      mean: 3,
      min: 2,
      max: 4,
      distribution: [0, 1, 2, 1, 0],
    });
    expect(practice(first.pulse, 'share-information')).toMatchObject({ mean: 4.5, min: 4, max: 5 });
    expect(practice(first.pulse, 'model-humility')).toMatchObject({ mean: 2.5, min: 1, max: 4 });
    expect(practice(first.pulse, 'influence-not-control')).toMatchObject(noRatings);
    for (const entry of second.pulse) expect(entry).toMatchObject(noRatings);
    expect(practice(third.pulse, 'model-humility')).toMatchObject({
      count: 3,
      mean: 4.67,
      min: 4,
      max: 5,
      distribution: [0, 0, 0, 1, 2],
    });
  });

  it('counts actions per practice per session, for the markers on the trend', () => {
    const { team } = buildHistory();
    const sessions = ok(ws, 'dashboard.team', { teamId: team.id }).sessions;
    expect(sessions.map((s) => s.pulse.map((p) => p.actionsCreated))).toEqual([
      [1, 1, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 1, 0],
    ]);
  });

  it('summarises ROTI per session, null when nobody gave one', () => {
    const { team } = buildHistory();
    const sessions = ok(ws, 'dashboard.team', { teamId: team.id }).sessions;
    expect(sessions.map((s) => s.roti)).toEqual([
      { count: 4, mean: 4, min: 3, max: 5, distribution: [0, 0, 1, 2, 1] },
      noRatings,
      { count: 1, mean: 2, min: 2, max: 2, distribution: [0, 1, 0, 0, 0] },
    ]);
  });

  it('measures follow-through by the next review, and gives null when nothing is reviewed yet', () => {
    const { team } = buildHistory();
    const dashboard = ok(ws, 'dashboard.team', { teamId: team.id });
    expect(dashboard.sessions.map((s) => s.followThrough)).toEqual([
      // A1 done at its first review; A2 in progress first, done later; C1 dropped.
      { created: 3, reviewed: 3, doneByNextReview: 1, doneEventually: 2, rate: 0.33 },
      // A3 reviewed once, still in progress.
      { created: 1, reviewed: 1, doneByNextReview: 0, doneEventually: 0, rate: 0 },
      // A4 not reviewed yet.
      { created: 1, reviewed: 0, doneByNextReview: 0, doneEventually: 0, rate: null },
    ]);
    expect(dashboard.totals.followThrough).toEqual({
      created: 5,
      reviewed: 4,
      doneByNextReview: 1,
      doneEventually: 2,
      rate: 0.25,
    });
  });

  it('compares the latest rated session with the previous rated one, skipping unrated sessions', () => {
    const { team, s1, s3 } = buildHistory();
    const { latestVsPrevious } = ok(ws, 'dashboard.team', { teamId: team.id });
    expect(latestVsPrevious.latestSessionId).toBe(s3);
    expect(latestVsPrevious.previousSessionId).toBe(s1);
    expect(latestVsPrevious.practices).toEqual([
      { practiceId: 'reward-initiative', latest: 3, previous: 3, change: 0, trend: 'flat' },
      { practiceId: 'share-information', latest: 3, previous: 4.5, change: -1.5, trend: 'down' },
      { practiceId: 'model-humility', latest: 4.67, previous: 2.5, change: 2.17, trend: 'up' },
      { practiceId: 'influence-not-control', latest: 3, previous: null, change: null, trend: null },
    ] satisfies PracticeChange[]);
  });

  it('adds up the totals of the shown sessions', () => {
    const { team } = buildHistory();
    const { totals } = ok(ws, 'dashboard.team', { teamId: team.id });
    expect(totals).toMatchObject({
      sessions: 3,
      closedSessions: 2,
      inProgressSessions: 1,
      kudos: 3,
      actions: 4,
      commitments: 1,
      // (3 + 4 + 4 + 5 + 2) / 5
      roti: { count: 5, mean: 3.6, min: 2, max: 5, distribution: [0, 1, 1, 2, 1] },
    });
  });

  it('keeps the newest N sessions, still oldest first', () => {
    const { team, s2, s3 } = buildHistory();
    const dashboard = ok(ws, 'dashboard.team', { teamId: team.id, lastN: 2 });
    expect(dashboard.sessions.map((s) => s.id)).toEqual([s2, s3]);
    expect(dashboard.teamSessionCount).toBe(3);
    // Only S3 is rated within the last two: nothing to compare with.
    expect(dashboard.latestVsPrevious).toMatchObject({
      latestSessionId: s3,
      previousSessionId: null,
    });
    expect(
      dashboard.latestVsPrevious.practices.map((p) => [p.previous, p.change, p.trend]),
    ).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(dashboard.totals.sessions).toBe(2);
    expect(dashboard.totals.kudos).toBe(1);
  });

  it('filters by date range, both ends included, then applies last N', () => {
    const { team, s1, s2, s3 } = buildHistory();
    const ids = (input: object) =>
      ok(ws, 'dashboard.team', { teamId: team.id, ...input }).sessions.map((s) => s.id);
    expect(ids({ from: '2026-01-10', to: '2026-01-31' })).toEqual([s2]);
    expect(ids({ from: '2026-01-19' })).toEqual([s2, s3]);
    expect(ids({ to: '2026-01-19' })).toEqual([s1, s2]);
    expect(ids({ from: '2026-01-05', to: '2026-01-05' })).toEqual([s1]);
    expect(ids({ to: '2026-01-19', lastN: 1 })).toEqual([s2]);
    expect(ids({ from: '2026-03-01' })).toEqual([]);
  });

  it('explains an empty range and a team without sessions with zeros and nulls', () => {
    const { team } = buildHistory();
    const empty = ok(ws, 'dashboard.team', { teamId: team.id, from: '2027-01-01' });
    expect(empty.teamSessionCount).toBe(3);
    expect(empty.sessions).toEqual([]);
    expect(empty.latestVsPrevious.latestSessionId).toBeNull();
    expect(empty.totals).toMatchObject({
      sessions: 0,
      kudos: 0,
      roti: noRatings,
      followThrough: { created: 0, reviewed: 0, rate: null },
    });
    const fresh = ok(ws, 'teams.create', { name: 'New team' });
    expect(ok(ws, 'dashboard.team', { teamId: fresh.id }).teamSessionCount).toBe(0);
  });

  it('leaves other teams out', () => {
    const { team } = buildHistory();
    const other = ok(ws, 'teams.create', { name: 'Payments' });
    const theirs = session(other.id, 'Their retro', '2026-01-20', 2);
    pulse(theirs, 'reward-initiative', [2, 0, 0, 0, 0]);
    const dashboard = ok(ws, 'dashboard.team', { teamId: team.id });
    expect(dashboard.sessions.map((s) => s.title)).toEqual(['Retro 1', 'Retro 2', 'Retro 3']);
    expect(practice(dashboard.latestVsPrevious.practices, 'reward-initiative')).toMatchObject({
      latest: 3,
    });
  });

  it('refuses bad filters with a message for the field', () => {
    const { team } = buildHistory();
    const input = (extra: object) => ({ teamId: team.id, ...extra });
    expect(refused(ws, 'dashboard.team', input({ lastN: 0 }))).toMatchObject({
      code: 'invalid_input',
      field: 'lastN',
    });
    expect(refused(ws, 'dashboard.team', input({ lastN: 501 })).message).toContain('at most 500');
    expect(refused(ws, 'dashboard.team', input({ lastN: 2.5 })).field).toBe('lastN');
    expect(refused(ws, 'dashboard.team', input({ from: '2026-02-30' })).field).toBe('from');
    expect(
      refused(ws, 'dashboard.team', input({ from: '2026-02-01', to: '2026-01-01' })),
    ).toMatchObject({ code: 'invalid_input', field: 'to' });
    expect(refused(ws, 'dashboard.team', { teamId: 'missing' }).code).toBe('not_found');
  });
});

describe('trendOf', () => {
  it('reads small changes as flat and needs both values', () => {
    expect(trendOf(null)).toBeNull();
    expect(trendOf(0)).toBe('flat');
    expect(trendOf(0.09)).toBe('flat');
    expect(trendOf(-0.09)).toBe('flat');
    expect(trendOf(0.1)).toBe('up');
    expect(trendOf(-0.1)).toBe('down');
  });
});

describe('dashboard.overview', () => {
  function overviewTeams() {
    const { team } = buildHistory();
    const archived = ok(ws, 'teams.create', { name: 'Alpha (old)' });
    const old = session(archived.id, 'Old retro', '2025-06-01', 2);
    pulse(old, 'model-humility', [0, 0, 0, 0, 2]);
    ok(ws, 'teams.setArchived', { teamId: archived.id, archived: true });
    const single = ok(ws, 'teams.create', { name: 'Billing' });
    const only = session(single.id, 'First retro', '2026-02-10', 2);
    pulse(only, 'share-information', [0, 1, 1, 0, 0]);
    const empty = ok(ws, 'teams.create', { name: 'Zero' });
    return { team, archived, single, empty };
  }

  it('gives each active team its latest and previous mean and trend per practice', () => {
    const { team, single, empty } = overviewTeams();
    const rows = ok(ws, 'dashboard.overview', {});
    expect(rows.map((r) => [r.name, r.sessionCount, r.lastSessionDate, r.archived])).toEqual([
      ['Billing', 1, '2026-02-10', false],
      ['Checkout', 3, '2026-02-02', false],
      ['Zero', 0, null, false],
    ]);
    const byId = (id: string) => rows.find((r) => r.teamId === id)?.practices;
    expect(byId(team.id)?.map((p) => [p.latest, p.previous, p.change, p.trend])).toEqual([
      [3, 3, 0, 'flat'],
      [3, 4.5, -1.5, 'down'],
      [4.67, 2.5, 2.17, 'up'],
      [3, null, null, null],
    ]);
    // One rated session: a latest value, no trend yet.
    expect(practice(byId(single.id) ?? [], 'share-information')).toEqual({
      practiceId: 'share-information',
      latest: 2.5,
      previous: null,
      change: null,
      trend: null,
    });
    expect(practice(byId(single.id) ?? [], 'model-humility')).toMatchObject({ latest: null });
    expect(byId(empty.id)?.every((p) => p.latest === null && p.trend === null)).toBe(true);
  });

  it('leaves archived teams out unless asked, and lists them last', () => {
    const { archived } = overviewTeams();
    expect(ok(ws, 'dashboard.overview', {}).some((r) => r.teamId === archived.id)).toBe(false);
    const rows = ok(ws, 'dashboard.overview', { includeArchived: true });
    expect(rows.at(-1)).toMatchObject({ teamId: archived.id, archived: true, sessionCount: 1 });
    expect(practice(rows.at(-1)?.practices ?? [], 'model-humility')).toMatchObject({ latest: 5 });
  });

  it('includes the sample team, flagged, after the real teams', () => {
    overviewTeams();
    const sample = ok(ws, 'sample.load', {});
    const rows = ok(ws, 'dashboard.overview', {});
    expect(rows.at(-1)).toMatchObject({ teamId: sample.id, isSample: true });
    expect(rows.filter((r) => r.isSample)).toHaveLength(1);
    expect(rows.at(-1)?.practices.every((p) => p.latest !== null && p.trend !== null)).toBe(true);
  });

  it('lists a page of teams as the same rows, in the same order, as the whole list', () => {
    overviewTeams();
    ok(ws, 'sample.load', {});
    const all = ok(ws, 'dashboard.overview', { includeArchived: true });
    expect(all).toHaveLength(5);
    const pages = [0, 2, 4].map((offset) =>
      ok(ws, 'dashboard.overview', { includeArchived: true, offset, limit: 2 }),
    );
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(all);
    expect(ok(ws, 'dashboard.overview', { offset: 5, limit: 2 })).toEqual([]);
  });

  it('refuses a non-boolean flag', () => {
    expect(refused(ws, 'dashboard.overview', { includeArchived: 'yes' })).toMatchObject({
      code: 'invalid_input',
      field: 'includeArchived',
    });
    expect(refused(ws, 'dashboard.overview', { limit: 0 })).toMatchObject({ field: 'limit' });
    expect(refused(ws, 'dashboard.overview', { offset: -1, limit: 5 })).toMatchObject({
      field: 'offset',
    });
  });
});
