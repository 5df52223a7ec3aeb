import type { ParsedInput } from '@shared/contract';
import { conflict, invalidInput, notFound } from '@shared/errors';
import type { Card, CardGroup } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import type { CardGroupRow, CardRow, Entry } from '../db/rows';
import { newId, now } from './ids';
import { openSessionColumns, openSessionRow } from './session-guards';
import { assertNotStale } from './stale-edits';
import { insertCard, insertGroup, insertVote } from './writers/cards';
import { prepared } from './writers/prepared';

function toCard(row: CardRow): Card {
  return {
    id: row.id,
    practiceId: row.practice_id,
    kind: row.kind,
    text: row.text,
    hidden: row.hidden === 1,
    groupId: row.group_id,
    createdAt: row.created_at,
  };
}

export function cardRow(db: Database, cardId: string): CardRow {
  const row = prepared(db, 'SELECT * FROM cards WHERE id = ?').get(cardId) as CardRow | undefined;
  if (!row) throw notFound('That card no longer exists. It may have been deleted.');
  return row;
}

export function groupRow(db: Database, groupId: string): CardGroupRow {
  const row = db.prepare('SELECT * FROM card_groups WHERE id = ?').get(groupId) as
    | CardGroupRow
    | undefined;
  if (!row) throw notFound('That group no longer exists. It may have been ungrouped.');
  return row;
}

/** Cards and groups may only be combined with things from the same session. */
export function assertSameSession(row: { session_id: string }, sessionId: string, what: string) {
  if (row.session_id !== sessionId) {
    throw invalidInput(`That ${what} belongs to another session, so it cannot be used here.`);
  }
}

function groupCardCount(db: Database, groupId: string): number {
  return db.prepare('SELECT COUNT(*) FROM cards WHERE group_id = ?').pluck().get(groupId) as number;
}

/**
 * Puts the cards' dots on the group, one row for the tally and one for private entries, so a
 * card's votes follow it into the group.
 */
function moveVotesToGroup(db: Database, sessionId: string, groupId: string, cardIds: string[]) {
  const marks = cardIds.map(() => '?').join(', ');
  const where = `session_id = ? AND (group_id = ? OR card_id IN (${marks}))`;
  const totals = db
    .prepare(`SELECT entry, SUM(dots) AS dots FROM votes WHERE ${where} GROUP BY entry`)
    .all(sessionId, groupId, ...cardIds) as { entry: Entry; dots: number }[];
  db.prepare(`DELETE FROM votes WHERE ${where}`).run(sessionId, groupId, ...cardIds);
  for (const total of totals) {
    insertVote(db, {
      id: newId(),
      session_id: sessionId,
      card_id: null,
      group_id: groupId,
      dots: total.dots,
      entry: total.entry,
    });
  }
}

export function cardsView(db: Database, sessionId: string): { cards: Card[]; groups: CardGroup[] } {
  const cards = (
    db
      .prepare('SELECT * FROM cards WHERE session_id = ? ORDER BY created_at, rowid')
      .all(sessionId) as CardRow[]
  ).map(toCard);
  const groups = (
    db
      .prepare('SELECT id, title FROM card_groups WHERE session_id = ? ORDER BY created_at, rowid')
      .all(sessionId) as { id: string; title: string }[]
  ).map((group) => ({
    ...group,
    cardIds: cards.filter((card) => card.groupId === group.id).map((card) => card.id),
  }));
  return { cards, groups };
}

/** One check and one INSERT: what the console does most, so it reads and writes no more. */
export function addCard(db: Database, input: ParsedInput<'cards.add'>): Card {
  const session = openSessionColumns(db, input.sessionId, ['hide_cards_until_reveal']);
  return toCard(
    insertCard(db, {
      id: newId(),
      session_id: input.sessionId,
      practice_id: input.practiceId,
      kind: input.kind,
      text: input.text,
      hidden: session.hide_cards_until_reveal,
      group_id: null,
      circle: null,
      created_at: now(),
    }),
  );
}

export function updateCard(db: Database, input: ParsedInput<'cards.update'>): Card {
  db.transaction(() => {
    const card = cardRow(db, input.cardId);
    openSessionRow(db, card.session_id);
    assertNotStale('text', 'This card was', card.text, input.text, input.expected?.text);
    db.prepare('UPDATE cards SET text = ?, practice_id = ?, kind = ? WHERE id = ?').run(
      input.text ?? card.text,
      input.practiceId ?? card.practice_id,
      input.kind ?? card.kind,
      card.id,
    );
  })();
  return toCard(cardRow(db, input.cardId));
}

/** Takes a card out of its group; a group left with one card is dissolved (and loses its votes). */
function detachFromGroup(db: Database, card: CardRow): void {
  if (!card.group_id) return;
  if (groupCardCount(db, card.group_id) <= 2) {
    // Deleting the group frees its cards (ON DELETE SET NULL) and removes its votes (CASCADE).
    db.prepare('DELETE FROM card_groups WHERE id = ?').run(card.group_id);
  } else {
    db.prepare('UPDATE cards SET group_id = NULL WHERE id = ?').run(card.id);
  }
}

export function deleteCard(db: Database, input: ParsedInput<'cards.delete'>): null {
  db.transaction(() => {
    const card = cardRow(db, input.cardId);
    openSessionRow(db, card.session_id);
    detachFromGroup(db, card);
    db.prepare('DELETE FROM cards WHERE id = ?').run(card.id);
  })();
  return null;
}

export function revealAllCards(db: Database, input: ParsedInput<'cards.revealAll'>): null {
  const session = openSessionRow(db, input.sessionId);
  db.prepare('UPDATE cards SET hidden = 0 WHERE session_id = ?').run(session.id);
  return null;
}

/** The card may join a group: it is from this session and not already in another group. */
function assertGroupable(db: Database, card: CardRow, sessionId: string, groupId?: string): void {
  assertSameSession(card, sessionId, 'card');
  if (card.group_id && card.group_id !== groupId) {
    const other = groupRow(db, card.group_id);
    throw conflict(
      `The card “${card.text}” is already in the group “${other.title}”. Take it out of that group first.`,
      'cardIds',
    );
  }
}

export function createGroup(db: Database, input: ParsedInput<'groups.create'>): CardGroup {
  const cardIds = [...new Set(input.cardIds)];
  if (cardIds.length < 2)
    throw invalidInput('Pick at least two different cards to group.', 'cardIds');
  const id = newId();
  db.transaction(() => {
    const session = openSessionRow(db, input.sessionId);
    for (const cardId of cardIds) assertGroupable(db, cardRow(db, cardId), session.id);
    insertGroup(db, {
      id,
      session_id: session.id,
      title: input.title,
      circle: null,
      created_at: now(),
    });
    // A grouped card is no longer a vote item: its circle no longer applies, its votes move.
    const join = db.prepare('UPDATE cards SET group_id = ?, circle = NULL WHERE id = ?');
    for (const cardId of cardIds) join.run(id, cardId);
    moveVotesToGroup(db, session.id, id, cardIds);
  })();
  const group = cardsView(db, input.sessionId).groups.find((g) => g.id === id);
  if (!group) throw notFound('That group no longer exists.');
  return group;
}

/** Adds cards to a group in one step: all of them join, or none does. */
export function addCardsToGroup(db: Database, input: ParsedInput<'groups.addCards'>): null {
  db.transaction(() => {
    const group = groupRow(db, input.groupId);
    openSessionRow(db, group.session_id);
    const joining = [...new Set(input.cardIds)]
      .map((cardId) => cardRow(db, cardId))
      .filter((card) => {
        assertGroupable(db, card, group.session_id, group.id);
        return card.group_id !== group.id;
      });
    if (joining.length === 0) return;
    const join = db.prepare('UPDATE cards SET group_id = ?, circle = NULL WHERE id = ?');
    for (const card of joining) join.run(group.id, card.id);
    moveVotesToGroup(
      db,
      group.session_id,
      group.id,
      joining.map((card) => card.id),
    );
  })();
  return null;
}

export function removeCardFromGroup(db: Database, input: ParsedInput<'groups.removeCard'>): null {
  db.transaction(() => {
    const card = cardRow(db, input.cardId);
    openSessionRow(db, card.session_id);
    if (!card.group_id) throw conflict('That card is not in a group.');
    detachFromGroup(db, card);
  })();
  return null;
}

export function renameGroup(db: Database, input: ParsedInput<'groups.rename'>): null {
  db.transaction(() => {
    const group = groupRow(db, input.groupId);
    openSessionRow(db, group.session_id);
    assertNotStale(
      'title',
      'This group’s title was',
      group.title,
      input.title,
      input.expected?.title,
    );
    db.prepare('UPDATE card_groups SET title = ? WHERE id = ?').run(input.title, group.id);
  })();
  return null;
}

export function deleteGroup(db: Database, input: ParsedInput<'groups.delete'>): null {
  db.transaction(() => {
    const group = groupRow(db, input.groupId);
    openSessionRow(db, group.session_id);
    // Its cards become vote items again (ON DELETE SET NULL); the group's votes go (CASCADE).
    db.prepare('DELETE FROM card_groups WHERE id = ?').run(group.id);
  })();
  return null;
}
