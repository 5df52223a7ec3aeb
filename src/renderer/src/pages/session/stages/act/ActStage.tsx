import type { VoteItem } from '@shared/sessions';
import { useId, useState } from 'react';
import type { StageProps } from '../../stage-props';
import { ActionForm } from './ActionForm';
import { ActionList } from './ActionList';
import { type Draft, EMPTY_DRAFT } from './action-draft';
import { CommitmentsSection } from './CommitmentsSection';
import { ItemsSection } from './ItemsSection';
import './act.css';

export function ActStage({ view, readOnly }: StageProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const formId = useId();
  const titleId = `${formId}-title`;

  function startActionFor(item: VoteItem) {
    setDraft((current) => ({
      ...current,
      item: item.ref,
      circle: item.circle === 'influence' ? 'influence' : 'control',
      practiceId: item.practiceIds[0] ?? current.practiceId,
    }));
    const field = document.getElementById(titleId);
    field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    field?.focus({ preventScroll: true });
  }

  return (
    <div className="act">
      <ItemsSection view={view} readOnly={readOnly} onStartAction={startActionFor} />
      <section aria-labelledby="act-actions-title" className="act-section">
        <h3 id="act-actions-title">Actions</h3>
        {!readOnly && (
          <ActionForm view={view} draft={draft} setDraft={setDraft} titleId={titleId} />
        )}
        <ActionList view={view} readOnly={readOnly} />
      </section>
      <CommitmentsSection view={view} readOnly={readOnly} />
    </div>
  );
}
