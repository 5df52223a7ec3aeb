import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FOLLOW_UP_STATUS_LABELS, formatDate, REVIEW_STATUSES } from '@shared/format';
import type { ReviewItem, ReviewStatus } from '@shared/sessions';
import { type FormEvent, useId, useState } from 'react';
import type { StageProps } from '../../stage-props';
import { useMarkReview } from './mutations';
import './review.css';

const VERDICTS = REVIEW_STATUSES.map((id) => ({ id, label: FOLLOW_UP_STATUS_LABELS[id] }));

export function ReviewStage({ view, readOnly }: StageProps) {
  const items = view.review;
  if (items.length === 0) {
    return (
      <p className="empty-note review-empty">
        Nothing from earlier retros is open, so there is nothing to review. Move on to the next
        stage.
      </p>
    );
  }
  return (
    <div className="review">
      <FollowThrough items={items} />
      <ul className="review-list">
        {items.map((item) => (
          <ReviewRow
            // A new verdict from the server starts the row afresh from what is stored.
            key={`${item.kind}-${item.id}-${item.review?.status}-${item.review?.note}`}
            sessionId={view.session.id}
            item={item}
            readOnly={readOnly}
          />
        ))}
      </ul>
    </div>
  );
}

function FollowThrough({ items }: { items: ReviewItem[] }) {
  const count = (status: ReviewStatus) => items.filter((i) => i.review?.status === status).length;
  const pending = items.filter((item) => !item.review).length;
  return (
    <div className="review-summary card" role="status">
      <p className="review-rate">
        <strong>
          {count('done')} of {items.length}
        </strong>{' '}
        done
      </p>
      <p className="review-counts">
        {count('in_progress')} in progress · {count('dropped')} dropped
        {pending > 0 && ` · ${pending} still to review`}
      </p>
    </div>
  );
}

function ReviewRow({
  sessionId,
  item,
  readOnly,
}: {
  sessionId: string;
  item: ReviewItem;
  readOnly: boolean;
}) {
  const [status, setStatus] = useState<ReviewStatus | null>(item.review?.status ?? null);
  const [note, setNote] = useState(item.review?.note ?? '');
  const ids = useId();
  const save = useMarkReview();
  const changed = status !== (item.review?.status ?? null) || note !== (item.review?.note ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (status) save.mutate({ sessionId, kind: item.kind, id: item.id, status, note });
  }

  const kindLabel = item.kind === 'action' ? 'Action' : 'Commitment';
  return (
    <li className={`review-item ${item.review ? `review-${item.review.status}` : ''}`}>
      <div className="review-item-head">
        <p className="review-text">{item.text}</p>
        {item.review ? (
          <span className="review-verdict">{FOLLOW_UP_STATUS_LABELS[item.review.status]}</span>
        ) : (
          <span className="review-verdict review-open">
            {readOnly ? 'Not reviewed' : 'To review'}
          </span>
        )}
      </div>
      <p className="review-meta">
        {kindLabel} · Owner: <strong>{item.owner}</strong> · from {item.fromSessionTitle} (
        {formatDate(item.fromSessionDate)})
        {!item.review && item.status === 'in_progress' && ' · was in progress last time'}
      </p>
      {readOnly ? (
        item.review?.note && <p className="review-note-text">Note: {item.review.note}</p>
      ) : (
        <form className="review-form" onSubmit={submit} noValidate>
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
                  onChange={() => setStatus(verdict.id)}
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
              maxLength={500}
              placeholder={
                status === 'dropped' ? 'Why was it dropped? What did we learn?' : 'A short note'
              }
              aria-invalid={save.error?.field === 'note' ? true : undefined}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <button
            type="submit"
            className="button primary"
            aria-label={`Save: ${item.text}`}
            disabled={!status || !changed || save.isPending}
          >
            Save
          </button>
          {status && changed && <p className="review-unsaved">Not saved yet.</p>}
        </form>
      )}
      <ErrorBanner error={save.error} />
    </li>
  );
}
