import type { Card } from '@shared/sessions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, ok, participantIds, refused } from '../test/dispatch-helpers';
import { tempWorkspace } from '../test/temp-workspace';
import { cardsView } from './cards';
import { votesView } from './votes';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
let teamId: string;

beforeEach(async () => {
  ws = await tempWorkspace();
  teamId = ok(ws, 'teams.create', { name: 'Checkout squad' }).id;
});
afterEach(() => ws.dispose());

function newSession(title = 'Sprint 12 retro', hideCards = false): string {
  const session = ok(ws, 'sessions.create', { teamId, title });
  ok(ws, 'sessions.update', { sessionId: session.id, hideCardsUntilReveal: hideCards });
  ok(ws, 'participants.set', { sessionId: session.id, mode: 'anonymous', count: 5 });
  return session.id;
}

function addCard(
  sessionId: string,
  text: string,
  practiceId = 'share-information',
  kind = 'to_improve',
): Card {
  return ok(ws, 'cards.add', { sessionId, practiceId, kind, text });
}

/** Everything stored for the session, to check that a refused call changed nothing. */
function snapshot(sessionId: string) {
  return {
    ...cardsView(ws.db, sessionId),
    votes: ws.db.prepare('SELECT card_id, group_id, entry, dots FROM votes ORDER BY id').all(),
  };
}

const voteRows = (sessionId: string) =>
  ws.db
    .prepare(
      `SELECT card_id AS cardId, group_id AS groupId, entry, dots
       FROM votes WHERE session_id = ?`,
    )
    .all(sessionId);

describe('cards', () => {
  it('adds a card with trimmed text, stored with its practice and kind', () => {
    const sessionId = newSession();
    const card = addCard(sessionId, '  Release notes reached support a day late  ');
    expect(card).toMatchObject({
      practiceId: 'share-information',
      kind: 'to_improve',
      text: 'Release notes reached support a day late',
      hidden: false,
      groupId: null,
    });
    const row = ws.db
      .prepare('SELECT session_id, practice_id, kind, text, hidden FROM cards WHERE id = ?')
      .get(card.id);
    expect(row).toEqual({
      session_id: sessionId,
      practice_id: 'share-information',
      kind: 'to_improve',
      text: 'Release notes reached support a day late',
      hidden: 0,
    });
  });

  it('accepts 500 characters and refuses empty or longer text, storing nothing', () => {
    const sessionId = newSession();
    expect(addCard(sessionId, 'x'.repeat(500)).text).toHaveLength(500);
    const empty = refused(ws, 'cards.add', {
      sessionId,
      practiceId: 'model-humility',
      kind: 'went_well',
      text: '   ',
    });
    expect(empty).toMatchObject({ code: 'invalid_input', field: 'text' });
    expect(empty.message).toBe('A card cannot be empty.');
    const long = refused(ws, 'cards.add', {
      sessionId,
      practiceId: 'model-humility',
      kind: 'went_well',
      text: 'y'.repeat(501),
    });
    expect(long).toMatchObject({ code: 'invalid_input', field: 'text' });
    expect(long.message).toBe('A card can be at most 500 characters.');
    expect(
      refused(ws, 'cards.add', { sessionId, practiceId: 'nope', kind: 'went_well', text: 'Hi' })
        .field,
    ).toBe('practiceId');
    expect(
      refused(ws, 'cards.add', { sessionId, practiceId: 'model-humility', kind: 'meh', text: 'Hi' })
        .field,
    ).toBe('kind');
    expect(cardsView(ws.db, sessionId).cards).toHaveLength(1);
  });

  it('stores new cards hidden when the session hides cards until reveal, then reveals all', () => {
    const sessionId = newSession('Hidden retro', true);
    const a = addCard(sessionId, 'Nobody knew the deploy was frozen');
    const b = addCard(sessionId, 'Ana demoed the new alerts', 'share-information', 'went_well');
    expect([a.hidden, b.hidden]).toEqual([true, true]);
    const shared = ok(ws, 'sessions.presentation', {
      sessionId,
    });
    expect(shared.cards).toEqual([]);
    expect(shared.hiddenCardCount).toBe(2);

    ok(ws, 'cards.revealAll', { sessionId });
    expect(cardsView(ws.db, sessionId).cards.map((card) => card.hidden)).toEqual([false, false]);
    const after = ok(ws, 'sessions.presentation', {
      sessionId,
    });
    expect(after.cards.map((card) => card.text)).toEqual([
      'Nobody knew the deploy was frozen',
      'Ana demoed the new alerts',
    ]);
    expect(after.hiddenCardCount).toBe(0);
  });

  it('revealing all cards leaves other sessions alone', () => {
    const first = newSession('First', true);
    const second = newSession('Second', true);
    addCard(first, 'One');
    addCard(second, 'Two');
    ok(ws, 'cards.revealAll', { sessionId: first });
    expect(cardsView(ws.db, first).cards[0]?.hidden).toBe(false);
    expect(cardsView(ws.db, second).cards[0]?.hidden).toBe(true);
  });

  it('edits a card’s text, practice and kind, keeping what is not given', () => {
    const sessionId = newSession();
    const card = addCard(sessionId, 'Typo');
    const edited = ok(ws, 'cards.update', { cardId: card.id, text: '  Fixed text ' });
    expect(edited).toMatchObject({ text: 'Fixed text', practiceId: 'share-information' });
    const moved = ok(ws, 'cards.update', {
      cardId: card.id,
      practiceId: 'reward-initiative',
      kind: 'went_well',
    });
    expect(moved).toMatchObject({
      text: 'Fixed text',
      practiceId: 'reward-initiative',
      kind: 'went_well',
    });
    expect(refused(ws, 'cards.update', { cardId: card.id, text: ' ' }).field).toBe('text');
    expect(cardsView(ws.db, sessionId).cards[0]?.text).toBe('Fixed text');
  });

  it('lists cards in the order they were added, and groups with their card ids', () => {
    const sessionId = newSession();
    const ids = ['First', 'Second', 'Third', 'Fourth'].map((text) => addCard(sessionId, text).id);
    const group = ok(ws, 'groups.create', {
      sessionId,
      title: 'Release communication',
      cardIds: [ids[3], ids[1]],
    });
    expect(group).toEqual({
      id: group.id,
      title: 'Release communication',
      cardIds: [ids[1], ids[3]],
    });
    const view = cardsView(ws.db, sessionId);
    expect(view.cards.map((card) => card.text)).toEqual(['First', 'Second', 'Third', 'Fourth']);
    expect(view.cards.map((card) => card.groupId)).toEqual([null, group.id, null, group.id]);
    expect(view.groups).toEqual([group]);
  });

  it('deletes a card and its votes', () => {
    const sessionId = newSession();
    const card = addCard(sessionId, 'Gone soon');
    ok(ws, 'votes.setTally', { sessionId, item: { kind: 'card', id: card.id }, dots: 2 });
    ok(ws, 'cards.delete', { cardId: card.id });
    expect(cardsView(ws.db, sessionId).cards).toEqual([]);
    expect(voteRows(sessionId)).toEqual([]);
    expect(refused(ws, 'cards.delete', { cardId: card.id }).code).toBe('not_found');
  });

  it('reports missing cards, groups and sessions as not found', () => {
    const missing = 'no-such-id';
    for (const [method, input] of [
      [
        'cards.add',
        { sessionId: missing, practiceId: 'model-humility', kind: 'went_well', text: 'Hi' },
      ],
      ['cards.update', { cardId: missing, text: 'Hi' }],
      ['cards.delete', { cardId: missing }],
      ['cards.revealAll', { sessionId: missing }],
      ['groups.create', { sessionId: missing, title: 'G', cardIds: ['a', 'b'] }],
      ['groups.addCards', { groupId: missing, cardIds: [missing] }],
      ['groups.removeCard', { cardId: missing }],
      ['groups.rename', { groupId: missing, title: 'G' }],
      ['groups.delete', { groupId: missing }],
    ] as const) {
      expect(refused(ws, method, input).code, method).toBe('not_found');
    }
  });
});

describe('groups', () => {
  it('needs at least two different cards, and stores nothing otherwise', () => {
    const sessionId = newSession();
    const a = addCard(sessionId, 'A');
    const one = refused(ws, 'groups.create', { sessionId, title: 'Solo', cardIds: [a.id] });
    expect(one).toMatchObject({ code: 'invalid_input', field: 'cardIds' });
    expect(one.message).toBe('Pick at least two cards to group.');
    const twice = refused(ws, 'groups.create', {
      sessionId,
      title: 'Twice',
      cardIds: [a.id, a.id],
    });
    expect(twice).toMatchObject({ code: 'invalid_input', field: 'cardIds' });
    expect(
      refused(ws, 'groups.create', { sessionId, title: '  ', cardIds: [a.id, 'b'] }).field,
    ).toBe('title');
    expect(cardsView(ws.db, sessionId).groups).toEqual([]);
  });

  it('refuses cards from another session and stores nothing', () => {
    const here = newSession('Here');
    const there = newSession('There');
    const a = addCard(here, 'Ours');
    const b = addCard(here, 'Also ours');
    const foreign = addCard(there, 'Theirs');
    const before = snapshot(here);
    const error = refused(ws, 'groups.create', {
      sessionId: here,
      title: 'Mixed',
      cardIds: [a.id, foreign.id],
    });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('another session');
    expect(snapshot(here)).toEqual(before);

    const group = ok(ws, 'groups.create', {
      sessionId: here,
      title: 'Ours',
      cardIds: [a.id, b.id],
    });
    expect(refused(ws, 'groups.addCards', { groupId: group.id, cardIds: [foreign.id] }).code).toBe(
      'invalid_input',
    );
    expect(cardsView(ws.db, there).cards[0]?.groupId).toBeNull();
    expect(cardsView(ws.db, here).groups[0]?.cardIds).toEqual([a.id, b.id]);
  });

  it('refuses a card that is already in another group, naming that group', () => {
    const sessionId = newSession();
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((text) => addCard(sessionId, text));
    const first = ok(ws, 'groups.create', {
      sessionId,
      title: 'First group',
      cardIds: [a?.id, b?.id],
    });
    const other = ok(ws, 'groups.create', {
      sessionId,
      title: 'Second group',
      cardIds: [c?.id, d?.id],
    });
    const before = snapshot(sessionId);
    const error = refused(ws, 'groups.create', {
      sessionId,
      title: 'Third',
      cardIds: [a?.id, c?.id],
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'The card “A” is already in the group “First group”. Take it out of that group first.',
    );
    expect(refused(ws, 'groups.addCards', { groupId: other.id, cardIds: [a?.id] }).code).toBe(
      'conflict',
    );
    expect(snapshot(sessionId)).toEqual(before);
    ok(ws, 'groups.addCards', { groupId: first.id, cardIds: [a?.id] });
    expect(cardsView(ws.db, sessionId).groups[0]?.cardIds).toEqual([a?.id, b?.id]);
  });

  it('moves a card’s votes to the group when it joins, keeping every total', () => {
    const sessionId = newSession();
    const [p1, p2] = participantIds(ws, sessionId);
    const [a, b, c] = ['Slow reviews', 'Reviews wait days', 'PRs sit idle'].map((text) =>
      addCard(sessionId, text),
    );
    const card = (id: string | undefined) => ({ kind: 'card', id });
    ok(ws, 'votes.setTally', { sessionId, item: card(a?.id), dots: 4 });
    ok(ws, 'votes.setTally', { sessionId, item: card(b?.id), dots: 2 });
    ok(ws, 'votes.setTally', { sessionId, item: card(c?.id), dots: 1 });
    ok(ws, 'votes.submit', {
      sessionId,
      participantId: p1,
      allocations: [
        { item: card(a?.id), dots: 1 },
        { item: card(b?.id), dots: 2 },
      ],
    });
    ok(ws, 'votes.submit', {
      sessionId,
      participantId: p2,
      allocations: [{ item: card(c?.id), dots: 3 }],
    });

    const group = ok(ws, 'groups.create', {
      sessionId,
      title: 'Code reviews are slow',
      cardIds: [a?.id, b?.id],
    });
    // Tally 4 + 2 = 6 and private 1 + 2 = 3 now sit on the group, one row each.
    const rows = voteRows(sessionId);
    expect(rows).toHaveLength(4);
    expect(rows).toEqual(
      expect.arrayContaining([
        { cardId: null, groupId: group.id, entry: 'tally', dots: 6 },
        { cardId: c?.id, groupId: null, entry: 'tally', dots: 1 },
        { cardId: null, groupId: group.id, entry: 'private', dots: 3 },
        { cardId: c?.id, groupId: null, entry: 'private', dots: 3 },
      ]),
    );

    ok(ws, 'groups.addCards', { groupId: group.id, cardIds: [c?.id] });
    const items = votesView(ws.db, sessionId).items;
    expect(items).toHaveLength(1);
    // 6 + 1 tally dots and 3 + 3 from participants: 13 dots, as before grouping.
    expect(items[0]).toMatchObject({
      title: 'Code reviews are slow',
      dots: 13,
      tallyDots: 7,
      cardCount: 3,
    });
    expect(votesView(ws.db, sessionId).votesSubmitted).toEqual([p1, p2]);
    expect(count(ws, 'votes')).toBe(2);
  });

  it('adds several cards to a group in one step, with their dots', () => {
    const sessionId = newSession();
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((text) => addCard(sessionId, text));
    const card = (id: string | undefined) => ({ kind: 'card', id });
    ok(ws, 'votes.setTally', { sessionId, item: card(c?.id), dots: 2 });
    ok(ws, 'votes.setTally', { sessionId, item: card(d?.id), dots: 3 });
    const group = ok(ws, 'groups.create', { sessionId, title: 'AB', cardIds: [a?.id, b?.id] });

    // A card already in the group and a repeated id are taken as they are, not refused.
    ok(ws, 'groups.addCards', { groupId: group.id, cardIds: [c?.id, d?.id, a?.id, c?.id] });

    expect(cardsView(ws.db, sessionId).groups[0]?.cardIds).toEqual([a?.id, b?.id, c?.id, d?.id]);
    expect(votesView(ws.db, sessionId).items).toEqual([
      expect.objectContaining({ title: 'AB', dots: 5, tallyDots: 5, cardCount: 4 }),
    ]);
    expect(voteRows(sessionId)).toEqual([
      { cardId: null, groupId: group.id, entry: 'tally', dots: 5 },
    ]);
  });

  it('adds no card when one of the list is refused, and needs at least one card', () => {
    const sessionId = newSession();
    const [a, b, c, d, e] = ['A', 'B', 'C', 'D', 'E'].map((text) => addCard(sessionId, text));
    const first = ok(ws, 'groups.create', { sessionId, title: 'AB', cardIds: [a?.id, b?.id] });
    ok(ws, 'groups.create', { sessionId, title: 'CD', cardIds: [c?.id, d?.id] });
    const before = snapshot(sessionId);

    const error = refused(ws, 'groups.addCards', { groupId: first.id, cardIds: [e?.id, c?.id] });
    expect(error).toMatchObject({ code: 'conflict', field: 'cardIds' });
    expect(error.message).toContain('“C” is already in the group “CD”');
    expect(refused(ws, 'groups.addCards', { groupId: first.id, cardIds: [] })).toMatchObject({
      code: 'invalid_input',
      field: 'cardIds',
      message: 'Pick at least one card to add to the group.',
    });
    expect(snapshot(sessionId)).toEqual(before);
  });

  it('takes a card out of a bigger group, the group keeping its votes', () => {
    const sessionId = newSession();
    const [a, b, c] = ['A', 'B', 'C'].map((text) => addCard(sessionId, text));
    const group = ok(ws, 'groups.create', {
      sessionId,
      title: 'Three cards',
      cardIds: [a?.id, b?.id, c?.id],
    });
    ok(ws, 'votes.setTally', { sessionId, item: { kind: 'group', id: group.id }, dots: 5 });
    ok(ws, 'groups.removeCard', { cardId: c?.id });
    const view = cardsView(ws.db, sessionId);
    expect(view.groups[0]?.cardIds).toEqual([a?.id, b?.id]);
    expect(view.cards[2]?.groupId).toBeNull();
    const items = votesView(ws.db, sessionId).items;
    expect(items.map((item) => [item.title, item.dots])).toEqual([
      ['Three cards', 5],
      ['C', 0],
    ]);
    expect(refused(ws, 'groups.removeCard', { cardId: c?.id })).toMatchObject({
      code: 'conflict',
      message: 'That card is not in a group.',
    });
  });

  it('dissolves a group when its second-to-last card is taken out, removing its votes', () => {
    const sessionId = newSession();
    const [a, b] = ['A', 'B'].map((text) => addCard(sessionId, text));
    const group = ok(ws, 'groups.create', {
      sessionId,
      title: 'Pair',
      cardIds: [a?.id, b?.id],
    });
    ok(ws, 'votes.setTally', { sessionId, item: { kind: 'group', id: group.id }, dots: 3 });
    ok(ws, 'groups.removeCard', { cardId: a?.id });
    const view = cardsView(ws.db, sessionId);
    expect(view.groups).toEqual([]);
    expect(view.cards.map((card) => card.groupId)).toEqual([null, null]);
    expect(voteRows(sessionId)).toEqual([]);
    expect(votesView(ws.db, sessionId).items.map((item) => [item.ref.kind, item.dots])).toEqual([
      ['card', 0],
      ['card', 0],
    ]);
  });

  it('dissolves a two-card group when one of its cards is deleted', () => {
    const sessionId = newSession();
    const [a, b] = ['A', 'B'].map((text) => addCard(sessionId, text));
    ok(ws, 'groups.create', { sessionId, title: 'Pair', cardIds: [a?.id, b?.id] });
    ok(ws, 'cards.delete', { cardId: a?.id });
    const view = cardsView(ws.db, sessionId);
    expect(view.groups).toEqual([]);
    expect(view.cards).toMatchObject([{ id: b?.id, groupId: null }]);
  });

  it('ungroups: cards return to being vote items and the group’s votes are removed', () => {
    const sessionId = newSession();
    const [a, b, c] = ['A', 'B', 'C'].map((text) => addCard(sessionId, text));
    const group = ok(ws, 'groups.create', {
      sessionId,
      title: 'AB',
      cardIds: [a?.id, b?.id],
    });
    ok(ws, 'votes.setTally', { sessionId, item: { kind: 'group', id: group.id }, dots: 4 });
    ok(ws, 'votes.setTally', { sessionId, item: { kind: 'card', id: c?.id }, dots: 2 });
    ok(ws, 'groups.delete', { groupId: group.id });
    expect(cardsView(ws.db, sessionId).groups).toEqual([]);
    const items = votesView(ws.db, sessionId).items;
    expect(items.map((item) => [item.title, item.dots])).toEqual([
      ['C', 2],
      ['A', 0],
      ['B', 0],
    ]);
    expect(voteRows(sessionId)).toEqual([
      { cardId: c?.id, groupId: null, entry: 'tally', dots: 2 },
    ]);
  });

  it('renames a group with a trimmed title, refusing an empty one', () => {
    const sessionId = newSession();
    const [a, b] = ['A', 'B'].map((text) => addCard(sessionId, text));
    const group = ok(ws, 'groups.create', {
      sessionId,
      title: 'Old',
      cardIds: [a?.id, b?.id],
    });
    ok(ws, 'groups.rename', { groupId: group.id, title: '  New title ' });
    expect(cardsView(ws.db, sessionId).groups[0]?.title).toBe('New title');
    expect(refused(ws, 'groups.rename', { groupId: group.id, title: '' }).field).toBe('title');
    expect(cardsView(ws.db, sessionId).groups[0]?.title).toBe('New title');
  });
});

describe('a closed session', () => {
  it('refuses every card and group change and stores nothing', () => {
    const sessionId = newSession('Closed retro', true);
    const [a, b, c] = ['A', 'B', 'C'].map((text) => addCard(sessionId, text));
    const group = ok(ws, 'groups.create', {
      sessionId,
      title: 'AB',
      cardIds: [a?.id, b?.id],
    });
    ok(ws, 'sessions.close', { sessionId });
    const before = snapshot(sessionId);
    for (const [method, input] of [
      ['cards.add', { sessionId, practiceId: 'model-humility', kind: 'went_well', text: 'Late' }],
      ['cards.update', { cardId: c?.id, text: 'Changed' }],
      ['cards.delete', { cardId: c?.id }],
      ['cards.revealAll', { sessionId }],
      ['groups.create', { sessionId, title: 'New', cardIds: [c?.id, a?.id] }],
      ['groups.addCards', { groupId: group.id, cardIds: [c?.id] }],
      ['groups.removeCard', { cardId: a?.id }],
      ['groups.rename', { groupId: group.id, title: 'Renamed' }],
      ['groups.delete', { groupId: group.id }],
    ] as const) {
      const error = refused(ws, method, input);
      expect(error.code, method).toBe('read_only');
      expect(error.message).toContain('Reopen it');
    }
    expect(snapshot(sessionId)).toEqual(before);

    ok(ws, 'sessions.reopen', { sessionId });
    ok(ws, 'cards.revealAll', { sessionId });
    expect(cardsView(ws.db, sessionId).cards.every((card) => !card.hidden)).toBe(true);
  });
});
