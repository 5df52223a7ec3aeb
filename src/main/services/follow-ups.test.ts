import type { Action, Commitment, ReviewItem } from '@shared/sessions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, ok, participantIds, refused } from '../test/dispatch-helpers';
import { tempWorkspace } from '../test/temp-workspace';
import { followUpsView } from './follow-ups';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
let teamId: string;
let sessionId: string;

const view = (id: string) => followUpsView(ws.db, id);

function newSession(title: string, team = teamId): string {
  const id = ok(ws, 'sessions.create', { teamId: team, title }).id;
  ok(ws, 'participants.set', { sessionId: id, mode: 'anonymous', count: 5 });
  return id;
}

function action(session: string, title: string, extra: Record<string, unknown> = {}): Action {
  return ok(ws, 'actions.add', {
    sessionId: session,
    title,
    owner: 'Ana',
    dueDate: '2026-04-15',
    practiceId: 'share-information',
    circle: 'control',
    item: null,
    ...extra,
  });
}

function commitment(session: string, person: string, text: string, participantId: unknown = null) {
  return ok(ws, 'commitments.add', { sessionId: session, participantId, person, text });
}

function refusedCommitment(person: string, text: string, participantId: unknown = null) {
  return refused(ws, 'commitments.add', { sessionId, participantId, person, text });
}

const mark = (session: string, item: { kind: string; id: string }, status: string, note = '') =>
  ws.dispatch('review.mark', { sessionId: session, kind: item.kind, id: item.id, status, note });

const actionRef = (a: Action) => ({ kind: 'action', id: a.id });
const commitmentRef = (c: Commitment) => ({ kind: 'commitment', id: c.id });

beforeEach(async () => {
  ws = await tempWorkspace();
  teamId = ok(ws, 'teams.create', { name: 'Checkout', members: ['Ana', 'Ben'] }).id;
  sessionId = newSession('Sprint 12');
});
afterEach(() => ws.dispose());

describe('actions', () => {
  it('stores an open action with its owner, due date, practice and circle', () => {
    const added = action(sessionId, '  Share the on-call notes in the channel ', {
      owner: ' Ben ',
      circle: 'influence',
    });
    expect(added).toMatchObject({
      sessionId,
      title: 'Share the on-call notes in the channel',
      owner: 'Ben',
      dueDate: '2026-04-15',
      practiceId: 'share-information',
      circle: 'influence',
      item: null,
      status: 'open',
    });
    const row = ws.db.prepare('SELECT team_id, status FROM actions WHERE id = ?').get(added.id);
    expect(row).toEqual({ team_id: teamId, status: 'open' });
    expect(view(sessionId).actions).toEqual([added]);
  });

  it('allows leaving out the due date', () => {
    expect(action(sessionId, 'Pair on the release', { dueDate: null }).dueDate).toBeNull();
  });

  it('links a card or a group of this session', () => {
    const card = ok(ws, 'cards.add', {
      sessionId,
      practiceId: 'model-humility',
      kind: 'to_improve',
      text: 'Quiet voices get talked over',
    });
    const others = ['Nobody asks the new joiner', 'Standups run long'].map((text) =>
      ok(ws, 'cards.add', {
        sessionId,
        practiceId: 'model-humility',
        kind: 'to_improve',
        text,
      }),
    );
    const group = ok(ws, 'groups.create', {
      sessionId,
      title: 'Making room',
      cardIds: others.map((c) => c.id),
    });
    const toCard = action(sessionId, 'Round-robin in standup', {
      item: { kind: 'card', id: card.id },
    });
    const toGroup = action(sessionId, 'Ask the quietest first', {
      item: { kind: 'group', id: group.id },
    });
    expect(toCard.item).toEqual({ kind: 'card', id: card.id });
    expect(toGroup.item).toEqual({ kind: 'group', id: group.id });
    expect(view(sessionId).actions.map((a) => a.item)).toEqual([toCard.item, toGroup.item]);
  });

  it('refuses an item from another session or one that does not exist, storing nothing', () => {
    const other = newSession('Sprint 13');
    const card = ok(ws, 'cards.add', {
      sessionId: other,
      practiceId: 'model-humility',
      kind: 'to_improve',
      text: 'Elsewhere',
    });
    const foreign = refused(ws, 'actions.add', {
      sessionId,
      title: 'Fix it',
      owner: 'Ana',
      dueDate: null,
      practiceId: 'model-humility',
      circle: 'control',
      item: { kind: 'card', id: card.id },
    });
    expect(foreign).toMatchObject({ code: 'invalid_input', field: 'item' });
    expect(foreign.message).toContain('another session');
    const missing = refused(ws, 'actions.add', {
      sessionId,
      title: 'Fix it',
      owner: 'Ana',
      dueDate: null,
      practiceId: 'model-humility',
      circle: 'control',
      item: { kind: 'group', id: crypto.randomUUID() },
    });
    expect(missing.code).toBe('not_found');
    expect(count(ws, 'actions')).toBe(0);
  });

  it('refuses to turn a concern-only item into an action', () => {
    const card = ok(ws, 'cards.add', {
      sessionId,
      practiceId: 'influence-not-control',
      kind: 'to_improve',
      text: 'The budget freeze',
    });
    ok(ws, 'items.setCircle', {
      sessionId,
      item: { kind: 'card', id: card.id },
      circle: 'concern',
    });
    const error = refused(ws, 'actions.add', {
      sessionId,
      title: 'Lift the freeze',
      owner: 'Ana',
      dueDate: null,
      practiceId: 'influence-not-control',
      circle: 'influence',
      item: { kind: 'card', id: card.id },
    });
    expect(error).toMatchObject({ code: 'conflict', field: 'item' });
    expect(count(ws, 'actions')).toBe(0);
  });

  it('needs a title, an owner, a real due date and a control or influence circle', () => {
    const base = {
      sessionId,
      title: 'Write it down',
      owner: 'Ana',
      dueDate: null,
      practiceId: 'share-information',
      circle: 'control',
      item: null,
    };
    expect(refused(ws, 'actions.add', { ...base, owner: '  ' })).toMatchObject({
      code: 'invalid_input',
      field: 'owner',
    });
    expect(refused(ws, 'actions.add', { ...base, title: '' })).toMatchObject({ field: 'title' });
    const date = refused(ws, 'actions.add', { ...base, dueDate: '2026-02-30' });
    expect(date).toMatchObject({ field: 'dueDate', message: 'That date does not exist.' });
    expect(refused(ws, 'actions.add', { ...base, dueDate: '15/04/2026' }).field).toBe('dueDate');
    expect(refused(ws, 'actions.add', { ...base, circle: 'concern' }).field).toBe('circle');
    expect(refused(ws, 'actions.add', { ...base, practiceId: 'be-nice' }).field).toBe('practiceId');
    expect(count(ws, 'actions')).toBe(0);
  });

  it('deletes an action, and says so when it is already gone', () => {
    const added = action(sessionId, 'Write it down');
    ok(ws, 'actions.delete', { actionId: added.id });
    expect(view(sessionId).actions).toEqual([]);
    expect(refused(ws, 'actions.delete', { actionId: added.id }).code).toBe('not_found');
  });

  it('refuses adding or deleting once the session is closed', () => {
    const added = action(sessionId, 'Write it down');
    ok(ws, 'sessions.close', { sessionId });
    expect(
      refused(ws, 'actions.add', {
        sessionId,
        title: 'Another',
        owner: 'Ana',
        dueDate: null,
        practiceId: 'share-information',
        circle: 'control',
        item: null,
      }).code,
    ).toBe('read_only');
    expect(refused(ws, 'actions.delete', { actionId: added.id }).code).toBe('read_only');
    expect(view(sessionId).actions.map((a) => a.id)).toEqual([added.id]);
  });
});

describe('commitments', () => {
  it('stores one open commitment for a participant and one for a typed name', () => {
    const [first] = participantIds(ws, sessionId);
    const mine = commitment(sessionId, 'Participant 1', '  Run the next demo myself ', first);
    expect(mine).toMatchObject({
      sessionId,
      participantId: first,
      person: 'Participant 1',
      text: 'Run the next demo myself',
      status: 'open',
    });
    const typed = commitment(sessionId, 'Dana', 'Write the onboarding page');
    expect(typed.participantId).toBeNull();
    expect(view(sessionId).commitments.map((c) => c.person)).toEqual(['Participant 1', 'Dana']);
    const row = ws.db.prepare('SELECT team_id FROM commitments WHERE id = ?').get(typed.id);
    expect(row).toEqual({ team_id: teamId });
  });

  it('allows one commitment per participant and explains how to change it', () => {
    const [first] = participantIds(ws, sessionId);
    commitment(sessionId, 'Participant 1', 'One', first);
    const error = refusedCommitment('Participant 1', 'Two', first);
    expect(error).toMatchObject({ code: 'conflict', field: 'participantId' });
    expect(error.message).toContain('already has a commitment');
    expect(error.message).toContain('delete the old one');
    expect(count(ws, 'commitments')).toBe(1);
  });

  it('treats a typed name that matches a participant, or repeats a name, as the same person', () => {
    const [first] = participantIds(ws, sessionId);
    const typed = commitment(sessionId, 'participant 1', 'Lead the planning');
    expect(typed.participantId).toBe(first);
    const byId = refusedCommitment('Participant 1', 'Another', first);
    expect(byId.code).toBe('conflict');
    commitment(sessionId, 'Dana', 'One');
    expect(refusedCommitment('DANA', 'Two')).toMatchObject({ code: 'conflict', field: 'person' });
    expect(count(ws, 'commitments')).toBe(2);
  });

  it('refuses a participant of another session and an empty commitment, storing nothing', () => {
    const other = newSession('Sprint 13');
    const [stranger] = participantIds(ws, other);
    const error = refusedCommitment('Participant 1', 'Lead', stranger);
    expect(error.code).toBe('not_found');
    expect(refusedCommitment('Ana', ' ')).toMatchObject({ code: 'invalid_input', field: 'text' });
    expect(refusedCommitment('', 'Lead')).toMatchObject({ code: 'invalid_input', field: 'person' });
    expect(count(ws, 'commitments')).toBe(0);
  });

  it('deletes a commitment so the person can write a new one', () => {
    const first = commitment(sessionId, 'Dana', 'One');
    ok(ws, 'commitments.delete', { commitmentId: first.id });
    commitment(sessionId, 'Dana', 'Two');
    expect(view(sessionId).commitments.map((c) => c.text)).toEqual(['Two']);
    expect(refused(ws, 'commitments.delete', { commitmentId: first.id }).code).toBe('not_found');
  });

  it('refuses adding or deleting once the session is closed', () => {
    const first = commitment(sessionId, 'Dana', 'One');
    ok(ws, 'sessions.close', { sessionId });
    expect(refusedCommitment('Eli', 'Two').code).toBe('read_only');
    expect(refused(ws, 'commitments.delete', { commitmentId: first.id }).code).toBe('read_only');
    expect(count(ws, 'commitments')).toBe(1);
  });
});

describe('review', () => {
  const summary = (items: ReviewItem[]) =>
    items.map((item) => [item.kind, item.text, item.status, item.review?.status ?? null]);

  it('carries open follow-ups into later retros until they are done or dropped', () => {
    const s1 = sessionId;
    const docs = action(s1, 'Document the release steps', { owner: 'Ana' });
    const pairing = action(s1, 'Pair on the flaky tests', { owner: 'Ben', dueDate: null });
    const demo = commitment(s1, 'Cleo', 'Run the next demo');
    ok(ws, 'sessions.close', { sessionId: s1 });

    const s2 = newSession('Sprint 13');
    expect(view(s1).review).toEqual([]);
    const listed = view(s2).review;
    expect(summary(listed)).toEqual([
      ['action', 'Document the release steps', 'open', null],
      ['action', 'Pair on the flaky tests', 'open', null],
      ['commitment', 'Run the next demo', 'open', null],
    ]);
    expect(listed[0]).toMatchObject({
      id: docs.id,
      owner: 'Ana',
      fromSessionTitle: 'Sprint 12',
      fromSessionDate: new Date().toISOString().slice(0, 10),
    });
    expect(listed[2]).toMatchObject({ id: demo.id, owner: 'Cleo' });

    expect(mark(s2, actionRef(docs), 'done', '  Shipped in the wiki ').ok).toBe(true);
    expect(mark(s2, actionRef(pairing), 'in_progress', 'Half the suite').ok).toBe(true);
    expect(mark(s2, commitmentRef(demo), 'dropped', 'Demo moved to another team').ok).toBe(true);
    ok(ws, 'sessions.close', { sessionId: s2 });

    const stored = ws.db
      .prepare('SELECT status FROM actions WHERE id IN (?, ?) ORDER BY created_at, rowid')
      .pluck()
      .all(docs.id, pairing.id);
    expect(stored).toEqual(['done', 'in_progress']);

    const s3 = newSession('Sprint 14');
    expect(summary(view(s3).review)).toEqual([
      ['action', 'Pair on the flaky tests', 'in_progress', null],
    ]);
    expect(view(s3).review[0]).toMatchObject({ id: pairing.id, fromSessionTitle: 'Sprint 12' });

    const s2Review = view(s2).review;
    expect(summary(s2Review)).toEqual([
      ['action', 'Document the release steps', 'done', 'done'],
      ['action', 'Pair on the flaky tests', 'in_progress', 'in_progress'],
      ['commitment', 'Run the next demo', 'dropped', 'dropped'],
    ]);
    expect(s2Review[0]?.review).toEqual({ status: 'done', note: 'Shipped in the wiki' });
  });

  it('changes a verdict in place, one review per session and item', () => {
    const item = action(sessionId, 'Document the release steps');
    const s2 = newSession('Sprint 13');
    mark(s2, actionRef(item), 'done', 'Shipped');
    mark(s2, actionRef(item), 'in_progress', 'Only half, it turns out');
    expect(count(ws, 'reviews')).toBe(1);
    expect(view(s2).review[0]).toMatchObject({
      status: 'in_progress',
      review: { status: 'in_progress', note: 'Only half, it turns out' },
    });
  });

  it('keeps the status of the latest retro when an earlier review is corrected', () => {
    const item = action(sessionId, 'Document the release steps');
    const s2 = newSession('Sprint 13');
    expect(mark(s2, actionRef(item), 'in_progress').ok).toBe(true);
    const s3 = newSession('Sprint 14');
    expect(mark(s3, actionRef(item), 'done').ok).toBe(true);
    expect(mark(s2, actionRef(item), 'dropped', 'Changed our minds').ok).toBe(true);
    expect(view(s2).review[0]).toMatchObject({ status: 'done', review: { status: 'dropped' } });
    expect(view(s3).review[0]).toMatchObject({ status: 'done', review: { status: 'done' } });
  });

  it('lists open follow-ups of every earlier retro, oldest retro first', () => {
    const first = action(sessionId, 'From the first');
    const s2 = newSession('Sprint 13');
    const second = commitment(s2, 'Dana', 'From the second');
    const s3 = newSession('Sprint 14');
    expect(view(s3).review.map((item) => [item.id, item.fromSessionTitle])).toEqual([
      [first.id, 'Sprint 12'],
      [second.id, 'Sprint 13'],
    ]);
  });

  it('never lists or reviews what a retro made itself or what a later retro made', () => {
    const own = action(sessionId, 'Mine');
    const mineToo = commitment(sessionId, 'Dana', 'Mine too');
    expect(view(sessionId).review).toEqual([]);
    const ownError = mark(sessionId, actionRef(own), 'done');
    expect(ownError).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(mark(sessionId, commitmentRef(mineToo), 'done').ok).toBe(false);
    const s2 = newSession('Sprint 13');
    const later = action(s2, 'Later');
    expect(mark(sessionId, actionRef(later), 'done').ok).toBe(false);
    expect(count(ws, 'reviews')).toBe(0);
    expect(view(s2).review.map((item) => item.id)).toEqual([own.id, mineToo.id]);
    expect(count(ws, 'actions', "status = 'open'")).toBe(2);
  });

  it('refuses follow-ups of another team and ones already closed by another retro', () => {
    const otherTeam = ok(ws, 'teams.create', { name: 'Platform' }).id;
    const theirs = action(newSession('Their retro', otherTeam), 'Theirs');
    const ours = action(sessionId, 'Ours');
    const s2 = newSession('Sprint 13');
    const s3 = newSession('Sprint 14');
    const foreign = mark(s3, actionRef(theirs), 'done');
    expect(foreign).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(view(s3).review.map((item) => item.id)).toEqual([ours.id]);
    mark(s2, actionRef(ours), 'done');
    const closed = mark(s3, actionRef(ours), 'dropped');
    expect(closed).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(view(s3).review).toEqual([]);
    expect(count(ws, 'reviews')).toBe(1);
    const missing = mark(s3, { kind: 'commitment', id: crypto.randomUUID() }, 'done');
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a verdict in a closed session and stores nothing', () => {
    const item = commitment(sessionId, 'Dana', 'Lead the planning');
    const s2 = newSession('Sprint 13');
    ok(ws, 'sessions.close', { sessionId: s2 });
    expect(mark(s2, commitmentRef(item), 'done')).toMatchObject({
      ok: false,
      error: { code: 'read_only' },
    });
    expect(count(ws, 'reviews')).toBe(0);
    expect(view(s2).review[0]?.status).toBe('open');
  });

  it('validates the verdict and the length of the note', () => {
    const item = action(sessionId, 'Document the release steps');
    const s2 = newSession('Sprint 13');
    expect(mark(s2, actionRef(item), 'open')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'status' },
    });
    expect(mark(s2, actionRef(item), 'done', 'x'.repeat(501))).toMatchObject({
      ok: false,
      error: { field: 'note' },
    });
    expect(count(ws, 'reviews')).toBe(0);
  });

  it('feeds the console view, where Review is skipped only when nothing is listed', () => {
    const item = action(sessionId, 'Document the release steps');
    const reviewStage = (id: string) =>
      ok(ws, 'sessions.get', { sessionId: id }).stages.find((s) => s.id === 'review');
    expect(reviewStage(sessionId)?.skipped).toBe(true);
    const s2 = newSession('Sprint 13');
    expect(reviewStage(s2)?.skipped).toBe(false);
    const shown = ok(ws, 'sessions.get', { sessionId: s2 });
    expect(shown.review.map((r) => r.id)).toEqual([item.id]);
    expect(ok(ws, 'sessions.get', { sessionId }).actions.map((a) => a.id)).toEqual([item.id]);
  });

  it('drops follow-ups and their reviews with the session that made them', () => {
    const item = action(sessionId, 'Document the release steps');
    const s2 = newSession('Sprint 13');
    mark(s2, actionRef(item), 'in_progress');
    ok(ws, 'sessions.delete', { sessionId });
    expect(view(s2).review).toEqual([]);
    expect(count(ws, 'actions') + count(ws, 'reviews')).toBe(0);
  });
});
