import type { ParsedInput } from '@shared/contract';
import { conflict, invalidInput, notFound } from '@shared/errors';
import type { FollowUpStatus, ReviewItem, ReviewStatus } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import type { SessionRow } from '../db/rows';
import { newId, now } from './ids';
import { openSessionRow } from './session-guards';
import { insertReview } from './writers/follow-ups';
import { prepared } from './writers/prepared';

// The Review stage: what earlier retros agreed that is still open, and this retro's verdicts.

type Kind = ReviewItem['kind'];

// One query per kind, shaped alike, so review items of both kinds follow the same rules.
const REVIEW_SOURCES = {
  action: {
    table: 'actions',
    column: 'action_id',
    text: 'f.title',
    owner: 'f.owner',
    due: 'f.due_date',
  },
  commitment: {
    table: 'commitments',
    column: 'commitment_id',
    text: 'f.text',
    owner: 'f.person',
    due: 'NULL',
  },
} as const;

interface ReviewListRow {
  id: string;
  text: string;
  owner: string;
  dueDate: string | null;
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
  const columns = `f.id, ${source.text} AS text, ${source.owner} AS owner, ${source.due} AS dueDate,
    f.status, o.title AS fromSessionTitle, o.date AS fromSessionDate,
    r.status AS reviewStatus, r.note AS reviewNote,
    o.created_at AS fromCreated, o.rowid AS fromRank, f.created_at AS created, f.rowid AS rank`;
  const earlier = `(o.created_at, o.rowid) < (s.created_at, s.rowid)
    AND (@itemId IS NULL OR f.id = @itemId)`;
  return prepared(
    db,
    `SELECT id, text, owner, dueDate, status, fromSessionTitle, fromSessionDate, reviewStatus,
       reviewNote
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

export function reviewView(db: Database, sessionId: string): ReviewItem[] {
  return [
    ...reviewRows(db, sessionId, 'action').map((row) => toReviewItem('action', row)),
    ...reviewRows(db, sessionId, 'commitment').map((row) => toReviewItem('commitment', row)),
  ];
}

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

/** The open session and the stored verdict on one of its review items (undefined: none yet). */
function reviewTarget(db: Database, sessionId: string, kind: Kind, id: string) {
  const session = openSessionRow(db, sessionId);
  if (reviewRows(db, session.id, kind, id).length === 0) {
    throw notReviewable(db, session, kind, id);
  }
  const reviewId = db
    .prepare(`SELECT id FROM reviews WHERE session_id = ? AND ${REVIEW_SOURCES[kind].column} = ?`)
    .pluck()
    .get(session.id, id) as string | undefined;
  return { session, reviewId };
}

/**
 * The item's status follows its most recent retro's verdict, so correcting an older review never
 * overrides what a later retro decided; with no verdict left it is open again.
 */
function settleStatus(db: Database, kind: Kind, id: string): void {
  const source = REVIEW_SOURCES[kind];
  db.prepare(
    `UPDATE ${source.table} SET status = COALESCE((
       SELECT r.status FROM reviews r JOIN sessions s ON s.id = r.session_id
       WHERE r.${source.column} = @id ORDER BY s.created_at DESC, s.rowid DESC LIMIT 1), 'open')
     WHERE id = @id`,
  ).run({ id });
}

export function markReview(db: Database, input: ParsedInput<'review.mark'>): null {
  db.transaction(() => {
    const { session, reviewId } = reviewTarget(db, input.sessionId, input.kind, input.id);
    if (reviewId) {
      db.prepare('UPDATE reviews SET status = ?, note = ?, reviewed_at = ? WHERE id = ?').run(
        input.status,
        input.note,
        now(),
        reviewId,
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
    settleStatus(db, input.kind, input.id);
  })();
  return null;
}

/** Takes back this retro's verdict on an item (an undo), so it is to review again. */
export function clearReview(db: Database, input: ParsedInput<'review.clear'>): null {
  db.transaction(() => {
    const { reviewId } = reviewTarget(db, input.sessionId, input.kind, input.id);
    if (!reviewId) return;
    db.prepare('DELETE FROM reviews WHERE id = ?').run(reviewId);
    settleStatus(db, input.kind, input.id);
  })();
  return null;
}
