import type { ParsedInput } from '@shared/contract';
import { conflict, invalidInput, notFound } from '@shared/errors';
import type { Action, Circle, Commitment, ItemRef, ReviewItem } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import type { ActionRow } from '../db/rows';
import { nameKey, newId, now } from './ids';
import { reviewView } from './review';
import { openSessionRow, requireParticipant } from './session-guards';
import { assertNotStale } from './stale-edits';
import { insertAction, insertCommitment } from './writers/follow-ups';

type Kind = ReviewItem['kind'];
const TABLES = { action: 'actions', commitment: 'commitments' } as const;

interface ActionSelect extends Omit<Action, 'item'> {
  cardId: string | null;
  groupId: string | null;
}

const ACTION_SQL = `SELECT id, session_id AS sessionId, title, owner, due_date AS dueDate,
  practice_id AS practiceId, circle, card_id AS cardId, group_id AS groupId, status,
  created_at AS createdAt FROM actions`;

const COMMITMENT_SQL = `SELECT id, session_id AS sessionId, participant_id AS participantId, person,
  text, status, created_at AS createdAt FROM commitments`;

function toAction({ cardId, groupId, ...row }: ActionSelect): Action {
  const item: ItemRef | null = cardId
    ? { kind: 'card', id: cardId }
    : groupId
      ? { kind: 'group', id: groupId }
      : null;
  return { ...row, item };
}

export function followUpsView(
  db: Database,
  sessionId: string,
): { actions: Action[]; commitments: Commitment[]; review: ReviewItem[] } {
  const actions = (
    db
      .prepare(`${ACTION_SQL} WHERE session_id = ? ORDER BY created_at, rowid`)
      .all(sessionId) as ActionSelect[]
  ).map(toAction);
  const commitments = db
    .prepare(`${COMMITMENT_SQL} WHERE session_id = ? ORDER BY created_at, rowid`)
    .all(sessionId) as Commitment[];
  return { actions, commitments, review: reviewView(db, sessionId) };
}

// ---------- Actions ----------

/** The linked vote item must be a card or group of this session, not set aside as a concern. */
function assertLinkable(db: Database, sessionId: string, item: ItemRef): void {
  const table = item.kind === 'card' ? 'cards' : 'card_groups';
  const found = db.prepare(`SELECT session_id, circle FROM ${table} WHERE id = ?`).get(item.id) as
    | { session_id: string; circle: Circle | null }
    | undefined;
  if (!found) {
    throw notFound(
      `That ${item.kind} no longer exists. It may have been deleted or regrouped; pick another item.`,
    );
  }
  if (found.session_id !== sessionId) {
    throw invalidInput(
      `That ${item.kind} belongs to another session. Link an item from this retro.`,
      'item',
    );
  }
  if (found.circle === 'concern') {
    throw conflict(
      'That item is sorted as a concern only. Move it to control or influence first, or add the action without linking it.',
      'item',
    );
  }
}

export function addAction(db: Database, input: ParsedInput<'actions.add'>): Action {
  const id = newId();
  db.transaction(() => {
    const session = openSessionRow(db, input.sessionId);
    if (input.item) assertLinkable(db, session.id, input.item);
    insertAction(db, {
      id,
      session_id: session.id,
      team_id: session.team_id,
      title: input.title,
      owner: input.owner,
      due_date: input.dueDate,
      practice_id: input.practiceId,
      circle: input.circle,
      card_id: input.item?.kind === 'card' ? input.item.id : null,
      group_id: input.item?.kind === 'group' ? input.item.id : null,
      status: 'open',
      created_at: now(),
    });
  })();
  return toAction(db.prepare(`${ACTION_SQL} WHERE id = ?`).get(id) as ActionSelect);
}

/**
 * Rewrites an action of an open session: its words, owner, due date, practice, circle and linked
 * item, checked as when it was added. Its status and its reviews in later retros stay.
 */
export function updateAction(db: Database, input: ParsedInput<'actions.update'>): Action {
  db.transaction(() => {
    const stored = db
      .prepare('SELECT session_id, title, card_id, group_id FROM actions WHERE id = ?')
      .get(input.actionId) as
      | Pick<ActionRow, 'session_id' | 'title' | 'card_id' | 'group_id'>
      | undefined;
    if (!stored) {
      throw notFound('That action no longer exists. It may have been deleted in another window.');
    }
    const session = openSessionRow(db, stored.session_id);
    assertNotStale('title', 'This action was', stored.title, input.title, input.expected?.title);
    // A link kept as it was stays, even if its item was sorted as a concern since.
    const linked = stored.card_id ?? stored.group_id;
    if (input.item && input.item.id !== linked) assertLinkable(db, session.id, input.item);
    db.prepare(
      `UPDATE actions SET title = @title, owner = @owner, due_date = @dueDate,
         practice_id = @practiceId, circle = @circle, card_id = @cardId, group_id = @groupId
       WHERE id = @id`,
    ).run({
      id: input.actionId,
      title: input.title,
      owner: input.owner,
      dueDate: input.dueDate,
      practiceId: input.practiceId,
      circle: input.circle,
      cardId: input.item?.kind === 'card' ? input.item.id : null,
      groupId: input.item?.kind === 'group' ? input.item.id : null,
    });
  })();
  return toAction(db.prepare(`${ACTION_SQL} WHERE id = ?`).get(input.actionId) as ActionSelect);
}

/** Deletes a follow-up of an open session; reviews of it in later sessions go with it. */
function deleteFollowUp(db: Database, kind: Kind, id: string): null {
  const table = TABLES[kind];
  db.transaction(() => {
    const sessionId = db.prepare(`SELECT session_id FROM ${table} WHERE id = ?`).pluck().get(id) as
      | string
      | undefined;
    if (!sessionId) {
      throw notFound(`That ${kind} no longer exists. It may already have been removed.`);
    }
    openSessionRow(db, sessionId);
    db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
  })();
  return null;
}

export function deleteAction(db: Database, input: ParsedInput<'actions.delete'>): null {
  return deleteFollowUp(db, 'action', input.actionId);
}

// ---------- Commitments ----------

export function addCommitment(db: Database, input: ParsedInput<'commitments.add'>): Commitment {
  const id = newId();
  db.transaction(() => {
    const session = openSessionRow(db, input.sessionId);
    if (input.participantId) requireParticipant(db, session.id, input.participantId);
    // A typed name that matches a participant is that participant, so the one-each rule holds.
    const participants = db
      .prepare('SELECT id, label FROM participants WHERE session_id = ?')
      .all(session.id) as { id: string; label: string }[];
    const personKey = nameKey(input.person);
    const participantId =
      input.participantId ?? participants.find((p) => nameKey(p.label) === personKey)?.id ?? null;
    const existing = db
      .prepare(
        'SELECT participant_id AS participantId, person FROM commitments WHERE session_id = ?',
      )
      .all(session.id) as { participantId: string | null; person: string }[];
    const clash = existing.find(
      (c) =>
        (participantId !== null && c.participantId === participantId) ||
        nameKey(c.person) === personKey,
    );
    if (clash) {
      throw conflict(
        `${clash.person} already has a commitment in this retro. Each person makes one: delete the old one to write a new one.`,
        input.participantId ? 'participantId' : 'person',
      );
    }
    insertCommitment(db, {
      id,
      session_id: session.id,
      team_id: session.team_id,
      participant_id: participantId,
      person: input.person,
      text: input.text,
      status: 'open',
      created_at: now(),
    });
  })();
  return db.prepare(`${COMMITMENT_SQL} WHERE id = ?`).get(id) as Commitment;
}

export function deleteCommitment(db: Database, input: ParsedInput<'commitments.delete'>): null {
  return deleteFollowUp(db, 'commitment', input.commitmentId);
}
