import type { ReviewItem, ReviewStatus } from '@shared/sessions';
import type { StageProps } from '../../stage-props';
import { isOverdue, ReviewRow } from './ReviewRow';
import './review.css';

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
      <FollowThrough items={items} retroDate={view.session.date} />
      <ul className="review-list">
        {items.map((item) => (
          <ReviewRow
            key={`${item.kind}-${item.id}`}
            sessionId={view.session.id}
            retroDate={view.session.date}
            item={item}
            readOnly={readOnly}
          />
        ))}
      </ul>
    </div>
  );
}

function FollowThrough({ items, retroDate }: { items: ReviewItem[]; retroDate: string }) {
  const count = (status: ReviewStatus) => items.filter((i) => i.review?.status === status).length;
  const pending = items.filter((item) => !item.review).length;
  const overdue = items.filter((item) =>
    isOverdue(item, retroDate, item.review?.status ?? null),
  ).length;
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
        {overdue > 0 && ` · ${overdue} overdue`}
      </p>
    </div>
  );
}
