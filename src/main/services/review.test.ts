import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, refused } from '../test/dispatch-helpers';
import { tempWorkspace } from '../test/temp-workspace';
import { reviewView } from './review';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
let teamId: string;

function newSession(title: string): string {
  return ok(ws, 'sessions.create', { teamId, title }).id;
}

const statusOf = (id: string) =>
  ws.db.prepare('SELECT status FROM actions WHERE id = ?').pluck().get(id);
const reviews = () => ws.db.prepare('SELECT COUNT(*) FROM reviews').pluck().get();

beforeEach(async () => {
  ws = await tempWorkspace();
  teamId = ok(ws, 'teams.create', { name: 'Checkout', members: [] }).id;
});
afterEach(() => ws.dispose());

function earlierFollowUps() {
  const first = newSession('Sprint 12');
  const action = ok(ws, 'actions.add', {
    sessionId: first,
    title: 'Post release dates',
    owner: 'Ana',
    dueDate: '2026-03-02',
    practiceId: 'share-information',
    circle: 'control',
    item: null,
  });
  const commitment = ok(ws, 'commitments.add', {
    sessionId: first,
    participantId: null,
    person: 'Ben',
    text: 'I will demo the dashboard',
  });
  ok(ws, 'sessions.close', { sessionId: first });
  return { action, commitment };
}

describe('reviewing earlier follow-ups', () => {
  it('lists an action with its due date, a commitment without one', () => {
    earlierFollowUps();
    const review = reviewView(ws.db, newSession('Sprint 13'));
    expect(review.map((item) => [item.kind, item.dueDate])).toEqual([
      ['action', '2026-03-02'],
      ['commitment', null],
    ]);
  });

  it('takes a verdict back (undo): the item is to review again and open as before', () => {
    const { action } = earlierFollowUps();
    const sessionId = newSession('Sprint 13');
    const ref = { sessionId, kind: 'action', id: action.id };
    ok(ws, 'review.mark', { ...ref, status: 'done', note: '' });
    expect(statusOf(action.id)).toBe('done');

    ok(ws, 'review.clear', ref);
    expect(statusOf(action.id)).toBe('open');
    expect(reviews()).toBe(0);
    expect(reviewView(ws.db, sessionId)[0]).toMatchObject({ id: action.id, review: null });
    // Taking back what was never given changes nothing.
    ok(ws, 'review.clear', ref);
    expect(reviews()).toBe(0);
  });

  it('after an undo, the verdict of an earlier retro holds again', () => {
    const { action } = earlierFollowUps();
    const second = newSession('Sprint 13');
    ok(ws, 'review.mark', {
      sessionId: second,
      kind: 'action',
      id: action.id,
      status: 'in_progress',
      note: '',
    });
    ok(ws, 'sessions.close', { sessionId: second });
    const third = newSession('Sprint 14');
    const ref = { sessionId: third, kind: 'action', id: action.id };
    ok(ws, 'review.mark', { ...ref, status: 'dropped', note: 'Nobody needs it' });
    ok(ws, 'review.clear', ref);
    expect(statusOf(action.id)).toBe('in_progress');
  });

  it('refuses to undo in a closed retro or for an item it does not review', () => {
    const { action } = earlierFollowUps();
    const sessionId = newSession('Sprint 13');
    const ref = { sessionId, kind: 'action', id: action.id };
    ok(ws, 'review.mark', { ...ref, status: 'done', note: '' });
    ok(ws, 'sessions.close', { sessionId });
    expect(refused(ws, 'review.clear', ref).code).toBe('read_only');
    expect(statusOf(action.id)).toBe('done');
    const later = newSession('Sprint 14');
    expect(refused(ws, 'review.clear', { ...ref, sessionId: later }).code).toBe('conflict');
    const missing = { ...ref, sessionId: later, id: crypto.randomUUID() };
    expect(refused(ws, 'review.clear', missing).code).toBe('not_found');
  });
});
