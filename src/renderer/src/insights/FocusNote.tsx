import { asClause, type SuggestedFocus } from '@shared/insights';
import { practiceById } from '@shared/practices';
import './insights.css';

/**
 * "Suggested focus: Model humility, because …": the practice and the insight that points to it,
 * unless that insight is `alreadyShown` beside it.
 */
export function FocusNote({
  focus,
  lead = 'Suggested focus',
  alreadyShown = false,
}: {
  focus: SuggestedFocus;
  lead?: string;
  alreadyShown?: boolean;
}) {
  const practice = practiceById(focus.practiceId).name;
  return (
    <p className="insight-focus">
      <strong>{lead}:</strong>{' '}
      {alreadyShown ? practice : `${practice}, because ${asClause(focus.reason)}`}
    </p>
  );
}
