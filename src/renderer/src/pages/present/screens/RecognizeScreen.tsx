import { OUTCOME_LABELS } from '@shared/format';
import { onPage, PAGE_SIZES } from '@shared/screen-pages';
import type { PresentProps } from '../present-props';
import './present-followups.css';

export function RecognizeScreen({ view, page }: PresentProps) {
  if (view.kudos.length === 0) {
    return <p className="present-empty">No kudos yet. Who comes to mind?</p>;
  }
  return (
    <ul className="pf-kudos">
      {onPage(view.kudos, page, PAGE_SIZES.recognize).map((kudos) => (
        <li key={kudos.id} className={`pf-kudos-card pf-${kudos.outcome}`}>
          <p className="pf-kudos-act present-clamp-3">{kudos.act}</p>
          <p className="pf-kudos-foot">
            <strong className="present-clamp-1">{kudos.who}</strong>
            <span className="pf-tag">{OUTCOME_LABELS[kudos.outcome]}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
