import { formatDate } from '@shared/format';
import { onPage, PAGE_SIZES } from '@shared/screen-pages';
import type { VoteItem } from '@shared/sessions';
import { CIRCLES } from '@shared/stages';
import type { PresentProps } from '../present-props';
import './present-followups.css';

/** How many sorted items each circle names before “and N more”. */
const CIRCLE_ITEMS = 2;

export function ActScreen({ view, page }: PresentProps) {
  const sorted = (view.items ?? []).filter((item) => item.circle !== null);
  const actions = onPage(view.actions, page, PAGE_SIZES.act);
  const commitments = onPage(view.commitments, page, PAGE_SIZES.act);
  return (
    <div className="pf-act">
      {sorted.length > 0 && <CircleBoard items={sorted} />}
      <div className="pf-columns">
        <section aria-labelledby="pf-actions">
          <h2 id="pf-actions">Actions</h2>
          {view.actions.length === 0 ? (
            <p className="present-empty">None yet. Start with what we control.</p>
          ) : (
            <ul className="pf-list">
              {actions.map((action) => (
                <li key={action.id}>
                  <p className="pf-list-text present-clamp-2">{action.title}</p>
                  <p className="pf-list-meta present-clamp-1">
                    <strong>{action.owner}</strong>
                    {action.dueDate && <span> · by {formatDate(action.dueDate)}</span>}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="pf-commitments">
          <h2 id="pf-commitments">Where we will lead</h2>
          {view.commitments.length === 0 ? (
            <p className="present-empty">One thing each, no permission needed.</p>
          ) : (
            <ul className="pf-list">
              {commitments.map((commitment) => (
                <li key={commitment.id}>
                  <p className="pf-list-text present-clamp-2">{commitment.text}</p>
                  <p className="pf-list-meta present-clamp-1">
                    <strong>{commitment.person}</strong>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

function CircleBoard({ items }: { items: VoteItem[] }) {
  return (
    <div className="pf-circles">
      {CIRCLES.map((circle) => {
        const inCircle = items.filter((item) => item.circle === circle.id);
        const more = inCircle.length - CIRCLE_ITEMS;
        return (
          <section key={circle.id} className={`pf-circle pf-circle-${circle.id}`}>
            <h2>{circle.label}</h2>
            <ul>
              {inCircle.slice(0, CIRCLE_ITEMS).map((item) => (
                <li key={`${item.ref.kind}:${item.ref.id}`} className="present-clamp-1">
                  {item.title}
                </li>
              ))}
            </ul>
            {more > 0 && <p className="pf-circle-more">and {more} more</p>}
          </section>
        );
      })}
    </div>
  );
}
