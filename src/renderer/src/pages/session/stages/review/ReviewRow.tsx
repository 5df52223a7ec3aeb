import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FOLLOW_UP_STATUS_LABELS, formatDate, REVIEW_STATUSES } from '@shared/format';
import type { ReviewItem, ReviewStatus } from '@shared/sessions';
import { useId, useState } from 'react';
import { useClearReview, useMarkReview } from './mutations';

const VERDICTS = REVIEW_STATUSES.map((id) => ({ id, label: FOLLOW_UP_STATUS_LABELS[id] }));

type Verdict = ReviewItem['review'];

/**
 * Overdue: an action due before the day of this retro that it has not (yet) marked done or
 * dropped.
 */
export function isOverdue(item: ReviewItem, retroDate: string, status: ReviewStatus | null) {
  const settled = status === 'done' || status === 'dropped';
  return item.dueDate !== null && item.dueDate < retroDate && !settled;
}

/** One earlier action or commitment: a click on a verdict saves it, with an undo; a note. */
export function ReviewRow({
  sessionId,
  retroDate,
  item,
  readOnly,
}: {
  sessionId: string;
  retroDate: string;
  item: ReviewItem;
  readOnly: boolean;
}) {
  const ids = useId();
  const mark = useMarkReview();
  const clear = useClearReview();
  const [note, setNote] = useState(item.review?.note ?? '');
  // What the last click replaced, to put back on Undo: null when there was no verdict yet.
  const [undo, setUndo] = useState<{ before: Verdict } | null>(null);
  const ref = { sessionId, kind: item.kind, id: item.id };
  const stored = item.review?.status ?? null;
  // A click shows at once and holds until the stored verdict changes (or the save fails).
  const [chosen, setChosen] = useState<{
    over: ReviewStatus | null;
    status: ReviewStatus | null;
  }>();
  const status = chosen && chosen.over === stored ? chosen.status : stored;

  function choose(next: ReviewStatus) {
    if (next === item.review?.status && note === item.review.note) return;
    setUndo({ before: item.review });
    setChosen({ over: stored, status: next });
    mark.mutate({ ...ref, status: next, note }, { onError: () => setChosen(undefined) });
  }

  function saveNote() {
    if (item.review && note !== item.review.note) {
      mark.mutate({ ...ref, status: item.review.status, note });
    }
  }

  function takeBack() {
    if (!undo) return;
    const { before } = undo;
    setUndo(null);
    setNote(before?.note ?? '');
    setChosen({ over: stored, status: before?.status ?? null });
    const settle = { onError: () => setChosen(undefined) };
    if (before) mark.mutate({ ...ref, ...before }, settle);
    else clear.mutate(ref, settle);
  }

  const overdue = isOverdue(item, retroDate, status);
  return (
    <li className={`review-item ${status ? `review-${status}` : ''}`}>
      <div className="review-item-head">
        <p className="review-text">{item.text}</p>
        {status ? (
          <span className="review-verdict">{FOLLOW_UP_STATUS_LABELS[status]}</span>
        ) : (
          <span className="review-verdict review-open">
            {readOnly ? 'Not reviewed' : 'To review'}
          </span>
        )}
      </div>
      <p className="review-meta">
        {item.kind === 'action' ? 'Action' : 'Commitment'} · Owner: <strong>{item.owner}</strong>
        {item.dueDate && (
          <>
            {' '}
            ·{' '}
            <span className={overdue ? 'review-overdue' : ''}>due {formatDate(item.dueDate)}</span>
            {overdue && <span className="badge review-overdue-badge">Overdue</span>}
          </>
        )}{' '}
        · from {item.fromSessionTitle} ({formatDate(item.fromSessionDate)})
        {!item.review && item.status === 'in_progress' && ' · was in progress last time'}
      </p>
      {readOnly ? (
        item.review?.note && <p className="review-note-text">Note: {item.review.note}</p>
      ) : (
        <div className="review-form">
          <fieldset className="review-choices">
            <legend className="visually-hidden">What became of: {item.text}</legend>
            {VERDICTS.map((verdict) => (
              <label key={verdict.id} className={status === verdict.id ? 'chosen' : ''}>
                <input
                  type="radio"
                  name={`${ids}-verdict`}
                  value={verdict.id}
                  checked={status === verdict.id}
                  aria-label={`${verdict.label}: ${item.text}`}
                  onChange={() => choose(verdict.id)}
                />
                {verdict.label}
              </label>
            ))}
          </fieldset>
          <div className="field review-note">
            <label htmlFor={`${ids}-note`} className="visually-hidden">
              Note for {item.text}
            </label>
            <input
              id={`${ids}-note`}
              value={note}
              placeholder={
                status === 'dropped' ? 'Why was it dropped? What did we learn?' : 'A short note'
              }
              aria-invalid={mark.error?.field === 'note' ? true : undefined}
              aria-describedby={`${ids}-note-hint`}
              onChange={(event) => setNote(event.target.value)}
              onBlur={saveNote}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  saveNote();
                }
              }}
            />
            <p id={`${ids}-note-hint`} className="visually-hidden">
              {item.review ? 'Saved when you leave the field.' : 'Saved with the verdict.'}
            </p>
          </div>
          {undo && (
            <p className="review-undo" role="status">
              {status
                ? `Marked ${FOLLOW_UP_STATUS_LABELS[status].toLowerCase()}.`
                : 'Verdict taken back.'}{' '}
              <button
                type="button"
                className="button quiet"
                aria-label={`Undo: ${item.text}`}
                onClick={takeBack}
              >
                Undo
              </button>
            </p>
          )}
        </div>
      )}
      <ErrorBanner error={mark.error ?? clear.error} />
    </li>
  );
}
