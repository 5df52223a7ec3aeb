import { formatDate } from '@shared/format';
import type { PresentProps } from '../present-props';
import { RotiResult } from './RotiResult';
import { TrendOnScreen } from './TrendOnScreen';

export function CloseScreen({ view }: PresentProps) {
  return (
    <div className="present-close">
      {(view.actions.length > 0 || view.commitments.length > 0) && (
        <section>
          <h2>What we agreed</h2>
          <ul className="present-agreed">
            {view.actions.map((action) => (
              <li key={action.id}>
                {action.title}
                <span className="present-owner">
                  {action.owner}
                  {action.dueDate ? ` · due ${formatDate(action.dueDate)}` : ''}
                </span>
              </li>
            ))}
            {view.commitments.map((commitment) => (
              <li key={commitment.id}>
                {commitment.text}
                <span className="present-owner">{commitment.person}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.roti && view.roti.total > 0 && <RotiResult roti={view.roti} />}
      <TrendOnScreen sessionId={view.session.id} />
      {view.session.summary && (
        <section>
          <h2>Summary</h2>
          <p className="present-summary">{view.session.summary}</p>
        </section>
      )}
    </div>
  );
}
