import { asClause, type SuggestedFocus } from '@shared/insights';
import { practiceById } from '@shared/practices';
import './insights.css';

/** "Suggested focus: Model humility, because …": the practice and the insight that points to it. */
export function FocusNote({
  focus,
  lead = 'Suggested focus',
}: {
  focus: SuggestedFocus;
  lead?: string;
}) {
  return (
    <p className="insight-focus">
      <strong>{lead}:</strong> {practiceById(focus.practiceId).name}, because{' '}
      {asClause(focus.reason)}
    </p>
  );
}
