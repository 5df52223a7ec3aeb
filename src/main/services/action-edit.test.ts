import type { Action } from '@shared/sessions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, refused, sessionWith } from '../test/dispatch-helpers';
import { tempWorkspace } from '../test/temp-workspace';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
let sessionId: string;

const stored = (id: string) =>
  ws.db
    .prepare(
      'SELECT title, owner, due_date, practice_id, circle, card_id, group_id, status FROM actions WHERE id = ?',
    )
    .get(id);

function addAction(): Action {
  return ok(ws, 'actions.add', {
    sessionId,
    title: 'Post release dates in the channel',
    owner: 'Ana',
    dueDate: '2026-04-15',
    practiceId: 'share-information',
    circle: 'control',
    item: null,
  });
}

const edit = (action: Action, patch: Record<string, unknown>) => ({
  actionId: action.id,
  title: action.title,
  owner: action.owner,
  dueDate: action.dueDate,
  practiceId: action.practiceId,
  circle: action.circle,
  item: action.item,
  ...patch,
});

beforeEach(async () => {
  ws = await tempWorkspace();
  sessionId = sessionWith(ws).sessionId;
});
afterEach(() => ws.dispose());

describe('editing an action', () => {
  it('rewrites its words, owner, date, practice, circle and link, and keeps its status', () => {
    const action = addAction();
    const card = ok(ws, 'cards.add', {
      sessionId,
      practiceId: 'influence-not-control',
      kind: 'to_improve',
      text: 'Decisions arrive as orders',
    });
    const updated = ok(
      ws,
      'actions.update',
      edit(action, {
        title: '  Ask for the why behind each decision ',
        owner: ' Ben ',
        dueDate: null,
        practiceId: 'influence-not-control',
        circle: 'influence',
        item: { kind: 'card', id: card.id },
      }),
    );
    expect(updated).toMatchObject({
      id: action.id,
      title: 'Ask for the why behind each decision',
      owner: 'Ben',
      dueDate: null,
      item: { kind: 'card', id: card.id },
      status: 'open',
    });
    expect(stored(action.id)).toEqual({
      title: 'Ask for the why behind each decision',
      owner: 'Ben',
      due_date: null,
      practice_id: 'influence-not-control',
      circle: 'influence',
      card_id: card.id,
      group_id: null,
      status: 'open',
    });
  });

  it('is checked as a new action is, and a refused edit changes nothing', () => {
    const action = addAction();
    const before = stored(action.id);
    expect(refused(ws, 'actions.update', edit(action, { owner: ' ' }))).toMatchObject({
      code: 'invalid_input',
      field: 'owner',
    });
    expect(refused(ws, 'actions.update', edit(action, { dueDate: '2026-02-30' }))).toMatchObject({
      field: 'dueDate',
      message: 'That date does not exist.',
    });
    expect(refused(ws, 'actions.update', edit(action, { circle: 'concern' })).field).toBe('circle');
    const concern = ok(ws, 'cards.add', {
      sessionId,
      practiceId: 'share-information',
      kind: 'to_improve',
      text: 'The reorg',
    });
    const item = { kind: 'card', id: concern.id };
    ok(ws, 'items.setCircle', { sessionId, item, circle: 'concern' });
    expect(refused(ws, 'actions.update', edit(action, { item }))).toMatchObject({
      code: 'conflict',
      field: 'item',
    });
    expect(stored(action.id)).toEqual(before);
  });

  it('refuses an edit based on a title another window changed, showing the saved one', () => {
    const action = addAction();
    ok(ws, 'actions.update', edit(action, { title: 'Post dates and owners' }));
    const error = refused(
      ws,
      'actions.update',
      edit(action, { title: 'Post dates weekly', expected: { title: action.title } }),
    );
    expect(error).toMatchObject({
      code: 'stale',
      field: 'title',
      current: 'Post dates and owners',
    });
    expect(stored(action.id)).toMatchObject({ title: 'Post dates and owners' });
  });

  it('refuses actions that are gone or belong to a closed retro', () => {
    const action = addAction();
    ok(ws, 'sessions.close', { sessionId });
    expect(refused(ws, 'actions.update', edit(action, { owner: 'Ben' })).code).toBe('read_only');
    ok(ws, 'sessions.reopen', { sessionId });
    ok(ws, 'actions.delete', { actionId: action.id });
    expect(refused(ws, 'actions.update', edit(action, { owner: 'Ben' })).code).toBe('not_found');
  });
});
