import { quoted } from '@shared/format';
import type { Commitment } from '@shared/sessions';
import { COMMITMENT_QUESTION } from '@shared/stages';
import type { StageProps } from '../../stage-props';
import { RemovableRow } from '../common/removable-row';
import { CommitmentForm } from './CommitmentForm';
import { useDeleteCommitment } from './mutations';

export function CommitmentsSection({ view, readOnly }: StageProps) {
  return (
    <section aria-labelledby="act-commitments-title" className="act-section">
      <h3 id="act-commitments-title">Personal commitments</h3>
      <p className="act-question">{COMMITMENT_QUESTION}</p>
      {!readOnly && <CommitmentForm view={view} />}
      {view.commitments.length === 0 ? (
        <p className="empty-note">
          {readOnly ? 'No commitments were made in this session.' : 'No commitments yet.'}
        </p>
      ) : (
        <ul className="act-list">
          {view.commitments.map((commitment) => (
            <CommitmentRow key={commitment.id} commitment={commitment} readOnly={readOnly} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CommitmentRow({ commitment, readOnly }: { commitment: Commitment; readOnly: boolean }) {
  const remove = useDeleteCommitment();
  return (
    <RemovableRow
      className="act-row"
      mainClassName="act-row-main"
      deleteLabel={`Delete commitment of ${commitment.person}`}
      onDelete={() => remove.mutateAsync({ commitmentId: commitment.id })}
      readOnly={readOnly}
    >
      <p className="act-row-title">
        <strong>{commitment.person}</strong>: {quoted(commitment.text)}
      </p>
    </RemovableRow>
  );
}
