import type { ParsedInput } from '@shared/contract';
import { conflict, invalidInput } from '@shared/errors';
import { plural, pluralWord } from '@shared/format';
import { PRACTICE_IDS, type PracticeId } from '@shared/practices';
import type { Circle, ItemRef, VoteItem } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import { assertSameSession, cardRow, groupRow } from './cards';
import { newId } from './ids';
import { openSessionRow, requireParticipant, requireParticipants } from './session-guards';
import { recordSubmission, submittedIds } from './submissions';
import { insertVote } from './writers/cards';

interface ItemTotalsRow {
  id: string;
  title: string;
  circle: Circle | null;
  dots: number;
  tallyDots: number;
}

const TOTALS = `COALESCE(SUM(v.dots), 0) AS dots,
  COALESCE(SUM(CASE WHEN v.entry = 'tally' THEN v.dots END), 0) AS tallyDots`;

export function votesView(
  db: Database,
  sessionId: string,
): { items: VoteItem[]; votesSubmitted: string[] } {
  const cards = db
    .prepare(
      `SELECT c.id, c.text AS title, c.circle, c.practice_id AS practiceId, ${TOTALS}
       FROM cards c LEFT JOIN votes v ON v.card_id = c.id
       WHERE c.session_id = ? AND c.group_id IS NULL GROUP BY c.id`,
    )
    .all(sessionId) as (ItemTotalsRow & { practiceId: PracticeId })[];
  const groups = db
    .prepare(
      `SELECT g.id, g.title, g.circle, ${TOTALS}
       FROM card_groups g LEFT JOIN votes v ON v.group_id = g.id
       WHERE g.session_id = ? GROUP BY g.id`,
    )
    .all(sessionId) as ItemTotalsRow[];
  const grouped = db
    .prepare(
      'SELECT group_id AS groupId, practice_id AS practiceId FROM cards WHERE session_id = ? AND group_id IS NOT NULL',
    )
    .all(sessionId) as { groupId: string; practiceId: PracticeId }[];

  const items: VoteItem[] = [
    ...cards.map(({ id, title, circle, dots, tallyDots, practiceId }) => ({
      ref: { kind: 'card' as const, id },
      title,
      practiceIds: [practiceId],
      cardCount: 1,
      dots,
      tallyDots,
      circle,
    })),
    ...groups.map(({ id, title, circle, dots, tallyDots }) => {
      const practices = new Set(grouped.filter((c) => c.groupId === id).map((c) => c.practiceId));
      return {
        ref: { kind: 'group' as const, id },
        title,
        practiceIds: PRACTICE_IDS.filter((practice) => practices.has(practice)),
        cardCount: grouped.filter((c) => c.groupId === id).length,
        dots,
        tallyDots,
        circle,
      };
    }),
  ].sort((a, b) => b.dots - a.dots || a.title.localeCompare(b.title, 'en'));

  return { items, votesSubmitted: submittedIds(db, sessionId, 'votes') };
}

interface ResolvedItem {
  column: 'card_id' | 'group_id';
  id: string;
  title: string;
}

/** A vote item of this session: a card outside any group, or a group. */
function resolveItem(db: Database, sessionId: string, ref: ItemRef): ResolvedItem {
  if (ref.kind === 'group') {
    const group = groupRow(db, ref.id);
    assertSameSession(group, sessionId, 'group');
    return { column: 'group_id', id: group.id, title: group.title };
  }
  const card = cardRow(db, ref.id);
  assertSameSession(card, sessionId, 'card');
  if (card.group_id) {
    const group = groupRow(db, card.group_id);
    throw conflict(
      `The card “${card.text}” is part of the group “${group.title}”. Use the group instead.`,
    );
  }
  return { column: 'card_id', id: card.id, title: card.text };
}

/** The vote columns that point at the item. */
function itemColumns(item: ResolvedItem): { card_id: string | null; group_id: string | null } {
  return {
    card_id: item.column === 'card_id' ? item.id : null,
    group_id: item.column === 'group_id' ? item.id : null,
  };
}

function dotsPlaced(db: Database, sessionId: string): number {
  return db
    .prepare('SELECT COALESCE(SUM(dots), 0) FROM votes WHERE session_id = ?')
    .pluck()
    .get(sessionId) as number;
}

export function setVoteTally(db: Database, input: ParsedInput<'votes.setTally'>): null {
  db.transaction(() => {
    const session = openSessionRow(db, input.sessionId);
    const people = requireParticipants(db, session.id);
    const item = resolveItem(db, session.id, input.item);
    const current = db
      .prepare(
        `SELECT COALESCE(SUM(dots), 0) FROM votes
         WHERE ${item.column} = ? AND entry = 'tally'`,
      )
      .pluck()
      .get(item.id) as number;
    const others = dotsPlaced(db, session.id) - current;
    const limit = people * session.dots_per_participant;
    if (others + input.dots > limit) {
      throw conflict(
        `${plural(people, 'person')} with ${plural(session.dots_per_participant, 'dot')} each can place ${limit} dots in all, and ${others} are already on other items. “${item.title}” can get at most ${limit - others}.`,
        'dots',
      );
    }
    db.prepare(`DELETE FROM votes WHERE ${item.column} = ? AND entry = 'tally'`).run(item.id);
    if (input.dots > 0) {
      insertVote(db, {
        id: newId(),
        session_id: session.id,
        ...itemColumns(item),
        dots: input.dots,
        entry: 'tally',
      });
    }
  })();
  return null;
}

export function submitVotes(db: Database, input: ParsedInput<'votes.submit'>): null {
  db.transaction(() => {
    const session = openSessionRow(db, input.sessionId);
    requireParticipants(db, session.id);
    requireParticipant(db, session.id, input.participantId);
    addPrivateVotes(db, session.id, input.participantId, input.allocations);
  })();
  return null;
}

/**
 * One person's dots, stored without a link to them; the submission record stops a second
 * entry. Runs inside the caller's transaction.
 */
export function addPrivateVotes(
  db: Database,
  sessionId: string,
  participantId: string,
  allocations: { item: ItemRef; dots: number }[],
): void {
  const session = openSessionRow(db, sessionId);
  const people = requireParticipants(db, session.id);
  const placed = allocations.filter((allocation) => allocation.dots > 0);
  const keys = placed.map((a) => `${a.item.kind}:${a.item.id}`);
  if (new Set(keys).size !== keys.length) {
    throw invalidInput('Each item can be listed once. Put all its dots together.', 'allocations');
  }
  const each = session.dots_per_participant;
  const mine = placed.reduce((sum, allocation) => sum + allocation.dots, 0);
  if (mine > each) {
    throw invalidInput(
      `That is ${plural(mine, 'dot')}, but each person has ${each}. Take ${plural(mine - each, 'dot')} off.`,
      'allocations',
    );
  }
  const resolved = placed.map((a) => ({ ...resolveItem(db, session.id, a.item), dots: a.dots }));
  const others = dotsPlaced(db, session.id);
  const limit = people * each;
  if (others + mine > limit) {
    const left = limit - others;
    throw conflict(
      left === 0
        ? `All ${limit} dots are already placed by the tally and other people. Lower the tally first.`
        : `Only ${plural(left, 'dot')} of ${limit} ${pluralWord(left, 'is')} left: the tally and other people already placed ${others}. Lower the tally or place fewer dots.`,
      'allocations',
    );
  }
  recordSubmission(
    db,
    session.id,
    'votes',
    participantId,
    'These dots are already placed. To place them again, the facilitator clears everyone’s private dots first.',
  );
  for (const item of resolved) {
    insertVote(db, {
      id: newId(),
      session_id: session.id,
      ...itemColumns(item),
      dots: item.dots,
      entry: 'private',
    });
  }
}

export function revealVotes(db: Database, input: ParsedInput<'votes.reveal'>): null {
  const session = openSessionRow(db, input.sessionId);
  db.prepare('UPDATE sessions SET votes_revealed = ? WHERE id = ?').run(
    input.revealed ? 1 : 0,
    session.id,
  );
  return null;
}

export function setCircle(db: Database, input: ParsedInput<'items.setCircle'>): null {
  db.transaction(() => {
    const session = openSessionRow(db, input.sessionId);
    const item = resolveItem(db, session.id, input.item);
    const table = item.column === 'card_id' ? 'cards' : 'card_groups';
    db.prepare(`UPDATE ${table} SET circle = ? WHERE id = ?`).run(input.circle, item.id);
  })();
  return null;
}
