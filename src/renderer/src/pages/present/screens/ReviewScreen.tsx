import { FOLLOW_UP_STATUS_LABELS, formatDate } from '@shared/format';
import { onPage, PAGE_SIZES } from '@shared/screen-pages';
import type { PresentProps } from '../present-props';
import './present-followups.css';

export function ReviewScreen({ view, page }: PresentProps) {
  const items = view.review;
  if (items.length === 0) {
    return <p className="present-empty">Nothing was left open from earlier retros.</p>;
  }
  const done = items.filter((item) => item.review?.status === 'done').length;
  return (
    <div className="pf-review">
      <p className="pf-rate">
        <strong>
          {done} of {items.length}
        </strong>{' '}
        done
      </p>
      <ul className="pf-list pf-review-grid">
        {onPage(items, page, PAGE_SIZES.review).map((item) => (
          <li
            key={`${item.kind}-${item.id}`}
            className={`pf-review-${item.review?.status ?? 'open'}`}
          >
            <div className="pf-review-head">
              <p className="pf-list-text present-clamp-2">{item.text}</p>
              <span className="pf-verdict">
                {item.review ? FOLLOW_UP_STATUS_LABELS[item.review.status] : 'To review'}
              </span>
            </div>
            <p className="pf-list-meta present-clamp-1">
              <strong>{item.owner}</strong> · from {item.fromSessionTitle},{' '}
              {formatDate(item.fromSessionDate)}
              {!item.review && item.status === 'in_progress' && ' · was in progress last time'}
            </p>
            {item.review?.note && (
              <p className="pf-review-note present-clamp-1">{item.review.note}</p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
