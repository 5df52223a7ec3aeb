import type { ParsedInput } from '@shared/contract';
import { conflict, invalidInput, notFound } from '@shared/errors';
import type {
  Action,
  Circle,
  Commitment,
  FollowUpStatus,
  ItemRef,
  ReviewItem,
  ReviewStatus,
} from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import type { SessionRow } from '../db/rows';
import { nameKey, newId, now } from './ids';
import { openSessionRow, requireParticipant } from './session-guards';
import { insertAction, insertCommitment, insertReview } from './writers/follow-ups';
import { prepared } from './writers/prepared';

type Kind = ReviewItem['kind'];

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

// One query per kind, shaped alike, so review items of both kinds follow the same rules.
const REVIEW_SOURCES = {
  action: { table: 'actions', column: 'action_id', text: 'f.title', owner: 'f.owner' },
  commitment: { table: 'commitments', column: 'commitment_id', text: 'f.text', owner: 'f.person' },
} as const;

interface ReviewListRow {
  id: string;
  text: string;
  owner: string;
  status: FollowUpStatus;
  fromSessionTitle: string;
  fromSessionDate: string;
  reviewStatus: ReviewStatus | null;
  reviewNote: string | null;
}

/**
 * What a session reviews: the team's follow-ups from sessions created before it that are still
 * open or in progress, plus any it has already given a verdict on (so they stay listed).
 * The two are read apart, each through its own index (open ones by team and status; reviewed
 * ones from this session's reviews, which CROSS JOIN makes the outer loop), so the list costs
 * the same however many follow-ups the team has closed over the years.
 */
function reviewRows(db: Database, sessionId: string, kind: Kind, itemId?: string): ReviewListRow[] {
  const source = REVIEW_SOURCES[kind];
  const columns = `f.id, ${source.text} AS text, ${source.owner} AS owner, f.status,
    o.title AS fromSessionTitle, o.date AS fromSessionDate,
    r.status AS reviewStatus, r.note AS reviewNote,
    o.created_at AS fromCreated, o.rowid AS fromRank, f.created_at AS created, f.rowid AS rank`;
  const earlier = `(o.created_at, o.rowid) < (s.created_at, s.rowid)
    AND (@itemId IS NULL OR f.id = @itemId)`;
  return prepared(
    db,
    `SELECT id, text, owner, status, fromSessionTitle, fromSessionDate, reviewStatus, reviewNote
     FROM (
     SELECT ${columns}
     FROM sessions s
     JOIN ${source.table} f ON f.team_id = s.team_id AND f.status IN ('open', 'in_progress')
     JOIN sessions o ON o.id = f.session_id
     LEFT JOIN reviews r ON r.session_id = s.id AND r.${source.column} = f.id
     WHERE s.id = @sessionId AND ${earlier}
     UNION ALL
     SELECT ${columns}
     FROM reviews r
     CROSS JOIN sessions s ON s.id = r.session_id
     CROSS JOIN ${source.table} f ON f.id = r.${source.column} AND f.team_id = s.team_id
     CROSS JOIN sessions o ON o.id = f.session_id
     WHERE r.session_id = @sessionId AND f.status NOT IN ('open', 'in_progress') AND ${earlier}
     )
     ORDER BY fromCreated, fromRank, created, rank`,
  ).all({ sessionId, itemId: itemId ?? null }) as ReviewListRow[];
}

function toReviewItem(kind: Kind, row: ReviewListRow): ReviewItem {
  const { reviewStatus, reviewNote, ...rest } = row;
  return {
    kind,
    ...rest,
    review: reviewStatus ? { status: reviewStatus, note: reviewNote ?? '' } : null,
  };
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
  const review = [
    ...reviewRows(db, sessionId, 'action').map((row) => toReviewItem('action', row)),
    ...reviewRows(db, sessionId, 'commitment').map((row) => toReviewItem('commitment', row)),
  ];
  return { actions, commitments, review };
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

/** Deletes a follow-up of an open session; reviews of it in later sessions go with it. */
function deleteFollowUp(db: Database, kind: Kind, id: string): null {
  const table = REVIEW_SOURCES[kind].table;
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

// ---------- Review ----------

/** Explains why a follow-up is not on this session's review list. */
function notReviewable(db: Database, session: SessionRow, kind: Kind, id: string): Error {
  const source = REVIEW_SOURCES[kind];
  const row = db
    .prepare(
      `SELECT f.team_id AS teamId, f.session_id AS sessionId, f.status FROM ${source.table} f WHERE f.id = ?`,
    )
    .get(id) as { teamId: string; sessionId: string; status: FollowUpStatus } | undefined;
  if (!row) return notFound(`That ${kind} no longer exists. It may have been deleted.`);
  if (row.teamId !== session.team_id) {
    return invalidInput(`That ${kind} belongs to another team, so it cannot be reviewed here.`);
  }
  if (row.status === 'done' || row.status === 'dropped') {
    return conflict(
      `That ${kind} was already marked ${row.status} in another retro, so it is no longer open.`,
    );
  }
  return invalidInput(
    `That ${kind} was made in this retro or a later one. Review covers what earlier retros agreed.`,
  );
}

export function markReview(db: Database, input: ParsedInput<'review.mark'>): null {
  const source = REVIEW_SOURCES[input.kind];
  db.transaction(() => {
    const session = openSessionRow(db, input.sessionId);
    if (reviewRows(db, session.id, input.kind, input.id).length === 0) {
      throw notReviewable(db, session, input.kind, input.id);
    }
    const reviewed = db
      .prepare(`SELECT id FROM reviews WHERE session_id = ? AND ${source.column} = ?`)
      .pluck()
      .get(session.id, input.id) as string | undefined;
    if (reviewed) {
      db.prepare('UPDATE reviews SET status = ?, note = ?, reviewed_at = ? WHERE id = ?').run(
        input.status,
        input.note,
        now(),
        reviewed,
      );
    } else {
      insertReview(db, {
        id: newId(),
        session_id: session.id,
        action_id: input.kind === 'action' ? input.id : null,
        commitment_id: input.kind === 'commitment' ? input.id : null,
        status: input.status,
        note: input.note,
        reviewed_at: now(),
      });
    }
    // The item's status follows its most recent retro's verdict, so correcting an older
    // review never overrides what a later retro decided.
    db.prepare(
      `UPDATE ${source.table} SET status = (
         SELECT r.status FROM reviews r JOIN sessions s ON s.id = r.session_id
         WHERE r.${source.column} = @id ORDER BY s.created_at DESC, s.rowid DESC LIMIT 1)
       WHERE id = @id`,
    ).run({ id: input.id });
  })();
  return null;
}
