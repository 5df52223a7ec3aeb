import { sum } from '@renderer/charts/rating-stats';
import type { Practice } from '@shared/practices';
import type { PracticePulse } from '@shared/sessions';
import { TallyForm } from '../ratings/TallyForm';
import { useSetPulseTally } from './mutations';

export function PracticeTally({
  sessionId,
  practice,
  pulse,
  people,
  onUnsavedChange,
}: {
  sessionId: string;
  practice: Practice;
  pulse: PracticePulse | undefined;
  people: number;
  onUnsavedChange: (unsaved: boolean) => void;
}) {
  const saved = pulse?.tally ?? [0, 0, 0, 0, 0];
  const total = pulse?.total ?? 0;
  const headingId = `pulse-tally-${practice.id}`;
  const save = useSetPulseTally();

  return (
    <TallyForm
      className="pulse-tally"
      aria-labelledby={headingId}
      saved={saved}
      privately={total - sum(saved)}
      label={`Tally for ${practice.name}`}
      scaleLabels={practice.scaleLabels}
      onSave={(counts) => save.mutateAsync({ sessionId, practiceId: practice.id, counts })}
      onUnsavedChange={onUnsavedChange}
    >
      <div className="pulse-tally-head">
        <h4 id={headingId}>{practice.name}</h4>
        <span className="badge">
          {total} of {people} rated
        </span>
      </div>
      <p className="pulse-question">{practice.pulseQuestion}</p>
    </TallyForm>
  );
}
