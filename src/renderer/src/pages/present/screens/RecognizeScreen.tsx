import { OUTCOME_LABELS } from '@shared/format';
import type { PresentProps } from '../present-props';
import './present-followups.css';

export function RecognizeScreen({ view }: PresentProps) {
  if (view.kudos.length === 0) {
    return <p className="pf-empty">No kudos yet. Who comes to mind?</p>;
  }
  return (
    <ul className="pf-kudos">
      {view.kudos.map((kudos) => (
        <li key={kudos.id} className={`pf-kudos-card pf-${kudos.outcome}`}>
          <p className="pf-kudos-act">{kudos.act}</p>
          <p className="pf-kudos-foot">
            <strong>{kudos.who}</strong>
            <span className="pf-tag">{OUTCOME_LABELS[kudos.outcome]}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
