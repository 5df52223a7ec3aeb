import { api } from '@renderer/api/client';
import { sum } from '@renderer/charts/rating-stats';
import type { Practice } from '@shared/practices';
import type { PracticePulse } from '@shared/sessions';
import { TallyForm } from '../ratings/TallyForm';

export function PracticeTally({
  sessionId,
  practice,
  pulse,
  people,
}: {
  sessionId: string;
  practice: Practice;
  pulse: PracticePulse | undefined;
  people: number;
}) {
  const saved = pulse?.tally ?? [0, 0, 0, 0, 0];
  const total = pulse?.total ?? 0;
  const headingId = `pulse-tally-${practice.id}`;

  return (
    <TallyForm
      className="pulse-tally"
      aria-labelledby={headingId}
      saved={saved}
      privately={total - sum(saved)}
      label={`Tally for ${practice.name}`}
      scaleLabels={practice.scaleLabels}
      onSave={(counts) =>
        api.call('pulse.setTally', { sessionId, practiceId: practice.id, counts })
      }
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
