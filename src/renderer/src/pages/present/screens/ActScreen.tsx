import { formatDate } from '@shared/format';
import type { VoteItem } from '@shared/sessions';
import { CIRCLES } from '@shared/stages';
import type { PresentProps } from '../present-props';
import './present-followups.css';

export function ActScreen({ view }: PresentProps) {
  const sorted = (view.items ?? []).filter((item) => item.circle !== null);
  return (
    <div className="pf-act">
      {sorted.length > 0 && <CircleBoard items={sorted} />}
      <div className="pf-columns">
        <section aria-labelledby="pf-actions">
          <h2 id="pf-actions">Actions</h2>
          {view.actions.length === 0 ? (
            <p className="pf-empty">None yet. Start with what we control.</p>
          ) : (
            <ul className="pf-list">
              {view.actions.map((action) => (
                <li key={action.id}>
                  <p className="pf-list-text">{action.title}</p>
                  <p className="pf-list-meta">
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
            <p className="pf-empty">One thing each, no permission needed.</p>
          ) : (
            <ul className="pf-list">
              {view.commitments.map((commitment) => (
                <li key={commitment.id}>
                  <p className="pf-list-text">{commitment.text}</p>
                  <p className="pf-list-meta">
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
      {CIRCLES.map((circle) => (
        <section key={circle.id} className={`pf-circle pf-circle-${circle.id}`}>
          <h2>{circle.label}</h2>
          <ul>
            {items
              .filter((item) => item.circle === circle.id)
              .map((item) => (
                <li key={`${item.ref.kind}:${item.ref.id}`}>{item.title}</li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
