import type { ItemRef } from '@shared/sessions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, participantIds, refused } from '../test/dispatch-helpers';
import { tempWorkspace } from '../test/temp-workspace';
import { votesView } from './votes';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
let teamId: string;

beforeEach(async () => {
  ws = await tempWorkspace();
  teamId = ok(ws, 'teams.create', { name: 'Checkout squad' }).id;
});
afterEach(() => ws.dispose());

/** A session with five anonymous participants and the default three dots each. */
function newSession(title = 'Sprint 12 retro', people = 5): string {
  const session = ok(ws, 'sessions.create', { teamId, title });
  ok(ws, 'sessions.update', { sessionId: session.id, hideCardsUntilReveal: false });
  if (people > 0)
    ok(ws, 'participants.set', { sessionId: session.id, mode: 'anonymous', count: people });
  return session.id;
}

function addCard(sessionId: string, text: string, practiceId = 'share-information'): ItemRef {
  const card = ok(ws, 'cards.add', { sessionId, practiceId, kind: 'to_improve', text });
  return { kind: 'card', id: card.id };
}

function group(sessionId: string, title: string, cards: ItemRef[]): ItemRef {
  const created = ok(ws, 'groups.create', {
    sessionId,
    title,
    cardIds: cards.map((card) => card.id),
  });
  return { kind: 'group', id: created.id };
}

const storedVotes = () =>
  ws.db.prepare('SELECT card_id, group_id, entry, dots FROM votes ORDER BY id').all();

const tally = (sessionId: string, item: ItemRef, dots: number) =>
  ws.dispatch('votes.setTally', { sessionId, item, dots });

describe('votes view', () => {
  it('lists cards outside groups and groups, by dots then title, with hand-counted totals', () => {
    const sessionId = newSession();
    const [p1, , p3] = participantIds(ws, sessionId);
    const deploys = addCard(sessionId, 'Deploys wait for one person', 'share-information');
    const docs = addCard(sessionId, 'Docs are out of date', 'share-information');
    const credit = addCard(sessionId, 'Credit went to the lead only', 'model-humility');
    const thanks = addCard(sessionId, 'Nobody thanked the on-call', 'reward-initiative');
    const quiet = addCard(sessionId, 'Quiet voices were skipped', 'model-humility');
    const recognition = group(sessionId, 'Recognition', [credit, thanks]);

    ok(ws, 'votes.setTally', { sessionId, item: recognition, dots: 3 });
    ok(ws, 'votes.setTally', { sessionId, item: docs, dots: 2 });
    ok(ws, 'votes.submit', {
      sessionId,
      participantId: p1,
      allocations: [
        { item: recognition, dots: 2 },
        { item: deploys, dots: 1 },
      ],
    });
    ok(ws, 'votes.submit', {
      sessionId,
      participantId: p3,
      allocations: [
        { item: deploys, dots: 1 },
        { item: docs, dots: 1 },
        { item: recognition, dots: 0 },
      ],
    });
    ok(ws, 'items.setCircle', { sessionId, item: recognition, circle: 'influence' });

    const view = votesView(ws.db, sessionId);
    // Recognition: tally 3 + p1 2 = 5. Docs: tally 2 + p3 1 = 3. Deploys: p1 1 + p3 1 = 2.
    expect(view.items).toEqual([
      {
        ref: recognition,
        title: 'Recognition',
        practiceIds: ['reward-initiative', 'model-humility'],
        cardCount: 2,
        dots: 5,
        tallyDots: 3,
        circle: 'influence',
      },
      {
        ref: docs,
        title: 'Docs are out of date',
        practiceIds: ['share-information'],
        cardCount: 1,
        dots: 3,
        tallyDots: 2,
        circle: null,
      },
      {
        ref: deploys,
        title: 'Deploys wait for one person',
        practiceIds: ['share-information'],
        cardCount: 1,
        dots: 2,
        tallyDots: 0,
        circle: null,
      },
      {
        ref: quiet,
        title: 'Quiet voices were skipped',
        practiceIds: ['model-humility'],
        cardCount: 1,
        dots: 0,
        tallyDots: 0,
        circle: null,
      },
    ]);
    expect(view.votesSubmitted).toEqual([p1, p3]);
  });

  it('breaks ties in dots by title', () => {
    const sessionId = newSession();
    const b = addCard(sessionId, 'Beta');
    const a = addCard(sessionId, 'alpha');
    ok(ws, 'votes.setTally', { sessionId, item: b, dots: 1 });
    ok(ws, 'votes.setTally', { sessionId, item: a, dots: 1 });
    expect(votesView(ws.db, sessionId).items.map((item) => item.title)).toEqual(['alpha', 'Beta']);
  });
});

describe('tally votes', () => {
  it('sets, replaces and clears the tally for one item', () => {
    const sessionId = newSession();
    const card = addCard(sessionId, 'Standups run long');
    ok(ws, 'votes.setTally', { sessionId, item: card, dots: 4 });
    ok(ws, 'votes.setTally', { sessionId, item: card, dots: 6 });
    expect(votesView(ws.db, sessionId).items[0]).toMatchObject({ dots: 6, tallyDots: 6 });
    expect(storedVotes()).toEqual([{ card_id: card.id, group_id: null, entry: 'tally', dots: 6 }]);
    ok(ws, 'votes.setTally', { sessionId, item: card, dots: 0 });
    expect(storedVotes()).toEqual([]);
  });

  it('keeps all dots within participants × dots each (5 × 3 = 15), storing nothing when refused', () => {
    const sessionId = newSession();
    const a = addCard(sessionId, 'A');
    const b = addCard(sessionId, 'B');
    ok(ws, 'votes.setTally', { sessionId, item: a, dots: 10 });
    ok(ws, 'votes.setTally', { sessionId, item: b, dots: 5 });
    const before = storedVotes();
    const error = tally(sessionId, b, 6);
    expect(error).toMatchObject({ ok: false, error: { code: 'conflict', field: 'dots' } });
    expect(error.ok ? '' : error.error.message).toBe(
      '5 people with 3 dots each can place 15 dots in all, and 10 are already on other items. “B” can get at most 5.',
    );
    expect(storedVotes()).toEqual(before);
    expect(tally(sessionId, a, 16).ok).toBe(false);
    // Lowering one item frees dots for another.
    ok(ws, 'votes.setTally', { sessionId, item: a, dots: 7 });
    ok(ws, 'votes.setTally', { sessionId, item: b, dots: 8 });
    expect(votesView(ws.db, sessionId).items.map((item) => item.dots)).toEqual([8, 7]);
  });

  it('counts individual dots against the same limit', () => {
    const sessionId = newSession();
    const [p1, p2] = participantIds(ws, sessionId);
    const a = addCard(sessionId, 'A');
    for (const participantId of [p1, p2]) {
      ok(ws, 'votes.submit', { sessionId, participantId, allocations: [{ item: a, dots: 3 }] });
    }
    // 6 individual dots placed, so the tally can add at most 15 − 6 = 9.
    expect(tally(sessionId, a, 10).ok).toBe(false);
    ok(ws, 'votes.setTally', { sessionId, item: a, dots: 9 });
    expect(votesView(ws.db, sessionId).items[0]).toMatchObject({ dots: 15, tallyDots: 9 });
  });

  it('follows the session’s own dots per participant', () => {
    const sessionId = newSession('Two dots', 4);
    ok(ws, 'sessions.update', { sessionId, dotsPerParticipant: 2 });
    const a = addCard(sessionId, 'A');
    expect(tally(sessionId, a, 9).ok).toBe(false);
    ok(ws, 'votes.setTally', { sessionId, item: a, dots: 8 });
    expect(votesView(ws.db, sessionId).items[0]?.dots).toBe(8);
  });

  it('waits for the check-in to know the limit', () => {
    const sessionId = newSession('Nobody yet', 0);
    const a = addCard(sessionId, 'A');
    const result = tally(sessionId, a, 1);
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(result.ok ? '' : result.error.message).toContain('check-in');
    expect(storedVotes()).toEqual([]);
  });

  it('refuses a count that is negative, fractional or not a number', () => {
    const sessionId = newSession();
    const a = addCard(sessionId, 'A');
    for (const dots of [-1, 1.5, 'three']) {
      expect(tally(sessionId, a, dots as number)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', field: 'dots' },
      });
    }
    expect(storedVotes()).toEqual([]);
  });
});

describe('pass-the-laptop votes', () => {
  it('takes one allocation per participant, stored with no link to them, until the round is cleared', () => {
    const sessionId = newSession();
    const [p1] = participantIds(ws, sessionId);
    const a = addCard(sessionId, 'A');
    const b = addCard(sessionId, 'B');
    ok(ws, 'votes.submit', {
      sessionId,
      participantId: p1,
      allocations: [
        { item: a, dots: 1 },
        { item: b, dots: 2 },
      ],
    });
    expect(
      refused(ws, 'votes.submit', {
        sessionId,
        participantId: p1,
        allocations: [{ item: a, dots: 3 }],
      }).code,
    ).toBe('conflict');
    const view = votesView(ws.db, sessionId);
    expect(view.items.map((item) => [item.title, item.dots, item.tallyDots])).toEqual([
      ['B', 2, 0],
      ['A', 1, 0],
    ]);
    expect(view.votesSubmitted).toEqual([p1]);
    expect(storedVotes()).toEqual(
      expect.arrayContaining([
        { card_id: a.id, group_id: null, entry: 'private', dots: 1 },
        { card_id: b.id, group_id: null, entry: 'private', dots: 2 },
      ]),
    );
    ok(ws, 'entries.clearPrivate', { sessionId, round: 'votes' });
    expect(votesView(ws.db, sessionId).votesSubmitted).toEqual([]);
    expect(storedVotes()).toEqual([]);
  });

  it('lets a participant use at most their dots, storing nothing otherwise', () => {
    const sessionId = newSession();
    const [p1, p2] = participantIds(ws, sessionId);
    const a = addCard(sessionId, 'A');
    const b = addCard(sessionId, 'B');
    ok(ws, 'votes.submit', { sessionId, participantId: p1, allocations: [{ item: a, dots: 1 }] });
    const before = storedVotes();
    const error = refused(ws, 'votes.submit', {
      sessionId,
      participantId: p2,
      allocations: [
        { item: a, dots: 2 },
        { item: b, dots: 2 },
      ],
    });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'allocations' });
    expect(error.message).toBe('That is 4 dots, but each person has 3. Take 1 dot off.');
    expect(storedVotes()).toEqual(before);
  });

  it('refuses dots beyond what the tally and others left, storing nothing', () => {
    const sessionId = newSession();
    const [p1, p2, p3] = participantIds(ws, sessionId);
    const a = addCard(sessionId, 'A');
    ok(ws, 'votes.setTally', { sessionId, item: a, dots: 12 });
    ok(ws, 'votes.submit', { sessionId, participantId: p1, allocations: [{ item: a, dots: 2 }] });
    const before = storedVotes();
    // 12 tally + 2 from participant 1 = 14 of 15: one dot left.
    const error = refused(ws, 'votes.submit', {
      sessionId,
      participantId: p2,
      allocations: [{ item: a, dots: 2 }],
    });
    expect(error).toMatchObject({ code: 'conflict', field: 'allocations' });
    expect(error.message).toBe(
      'Only 1 dot of 15 is left: the tally and other people already placed 14. Lower the tally or place fewer dots.',
    );
    expect(storedVotes()).toEqual(before);
    ok(ws, 'votes.submit', { sessionId, participantId: p2, allocations: [{ item: a, dots: 1 }] });
    expect(votesView(ws.db, sessionId).items[0]?.dots).toBe(15);
    expect(
      refused(ws, 'votes.submit', {
        sessionId,
        participantId: p3,
        allocations: [{ item: a, dots: 1 }],
      }).message,
    ).toBe('All 15 dots are already placed by the tally and other people. Lower the tally first.');
  });

  it('refuses an item listed twice, a grouped card, or an item or person from another session', () => {
    const sessionId = newSession('Here');
    const other = newSession('There');
    const [p1] = participantIds(ws, sessionId);
    const [stranger] = participantIds(ws, other);
    const a = addCard(sessionId, 'A');
    const b = addCard(sessionId, 'B');
    const c = addCard(sessionId, 'C');
    const ab = group(sessionId, 'A and B', [a, b]);
    const foreignCard = addCard(other, 'Theirs');
    const foreignGroup = group(other, 'Their group', [foreignCard, addCard(other, 'Also theirs')]);
    const submit = (participantId: string | undefined, allocations: unknown[]) =>
      refused(ws, 'votes.submit', { sessionId, participantId, allocations });

    expect(
      submit(p1, [
        { item: c, dots: 1 },
        { item: c, dots: 1 },
      ]),
    ).toMatchObject({ code: 'invalid_input', field: 'allocations' });
    const grouped = submit(p1, [{ item: a, dots: 1 }]);
    expect(grouped.code).toBe('conflict');
    expect(grouped.message).toBe(
      'The card “A” is part of the group “A and B”. Use the group instead.',
    );
    expect(submit(p1, [{ item: foreignCard, dots: 1 }]).code).toBe('invalid_input');
    expect(submit(p1, [{ item: foreignGroup, dots: 1 }]).code).toBe('invalid_input');
    expect(submit(stranger, [{ item: ab, dots: 1 }]).code).toBe('not_found');
    expect(submit(p1, [{ item: { kind: 'card', id: 'gone' }, dots: 1 }]).code).toBe('not_found');
    expect(tally(sessionId, foreignCard, 1).ok).toBe(false);
    expect(tally(sessionId, a, 1).ok).toBe(false);
    expect(storedVotes()).toEqual([]);
  });
});

describe('showing results and circles', () => {
  it('shows the ranking on the shared screen only once revealed', () => {
    const sessionId = newSession();
    const a = addCard(sessionId, 'A');
    ok(ws, 'votes.setTally', { sessionId, item: a, dots: 2 });
    const present = () => ok(ws, 'sessions.presentation', { sessionId });
    expect(present().items).toBeNull();
    ok(ws, 'votes.reveal', { sessionId, revealed: true });
    expect(present().session.votesRevealed).toBe(true);
    expect(present().items?.map((item) => [item.title, item.dots])).toEqual([['A', 2]]);
    ok(ws, 'votes.reveal', { sessionId, revealed: false });
    expect(present().items).toBeNull();
    expect(
      ws.db.prepare('SELECT votes_revealed FROM sessions WHERE id = ?').pluck().get(sessionId),
    ).toBe(0);
  });

  it('stores the circle on the card or group row, and clears it', () => {
    const sessionId = newSession();
    const a = addCard(sessionId, 'A');
    const b = addCard(sessionId, 'B');
    const c = addCard(sessionId, 'C');
    const bc = group(sessionId, 'B and C', [b, c]);
    ok(ws, 'items.setCircle', { sessionId, item: a, circle: 'control' });
    ok(ws, 'items.setCircle', { sessionId, item: bc, circle: 'concern' });
    expect(ws.db.prepare('SELECT circle FROM cards WHERE id = ?').pluck().get(a.id)).toBe(
      'control',
    );
    expect(ws.db.prepare('SELECT circle FROM card_groups WHERE id = ?').pluck().get(bc.id)).toBe(
      'concern',
    );
    expect(refused(ws, 'items.setCircle', { sessionId, item: b, circle: 'control' }).code).toBe(
      'conflict',
    );
    expect(refused(ws, 'items.setCircle', { sessionId, item: a, circle: 'maybe' }).field).toBe(
      'circle',
    );
    ok(ws, 'items.setCircle', { sessionId, item: a, circle: null });
    expect(votesView(ws.db, sessionId).items.map((item) => [item.title, item.circle])).toEqual([
      ['A', null],
      ['B and C', 'concern'],
    ]);
  });

  it('refuses a circle for an item of another session', () => {
    const sessionId = newSession('Here');
    const foreign = addCard(newSession('There'), 'Theirs');
    expect(
      refused(ws, 'items.setCircle', { sessionId, item: foreign, circle: 'control' }).code,
    ).toBe('invalid_input');
    expect(
      ws.db.prepare('SELECT circle FROM cards WHERE id = ?').pluck().get(foreign.id),
    ).toBeNull();
  });
});

describe('a closed session', () => {
  it('refuses votes, reveal and circles and stores nothing', () => {
    const sessionId = newSession();
    const [p1] = participantIds(ws, sessionId);
    const a = addCard(sessionId, 'A');
    ok(ws, 'votes.setTally', { sessionId, item: a, dots: 1 });
    ok(ws, 'sessions.close', { sessionId });
    const before = storedVotes();
    for (const [method, input] of [
      ['votes.setTally', { sessionId, item: a, dots: 2 }],
      ['votes.submit', { sessionId, participantId: p1, allocations: [{ item: a, dots: 1 }] }],
      ['votes.reveal', { sessionId, revealed: true }],
      ['items.setCircle', { sessionId, item: a, circle: 'control' }],
    ] as const) {
      const error = refused(ws, method, input);
      expect(error.code, method).toBe('read_only');
      expect(error.message).toContain('Reopen it');
    }
    expect(storedVotes()).toEqual(before);
    const row = ws.db
      .prepare('SELECT votes_revealed FROM sessions WHERE id = ?')
      .pluck()
      .get(sessionId);
    expect(row).toBe(0);
    expect(ws.db.prepare('SELECT circle FROM cards WHERE id = ?').pluck().get(a.id)).toBeNull();
  });
});
