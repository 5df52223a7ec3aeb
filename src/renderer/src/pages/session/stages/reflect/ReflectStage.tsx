import { PRACTICES } from '@shared/practices';
import type { StageProps } from '../../stage-props';
import { AddCardForm } from './AddCardForm';
import { HiddenCardsBar } from './HiddenCardsBar';
import { PracticeCards } from './PracticeCards';
import './reflect.css';

export function ReflectStage({ view, readOnly }: StageProps) {
  const hidden = view.cards.filter((card) => card.hidden).length;
  return (
    <div className="reflect">
      {!readOnly && <AddCardForm view={view} />}
      {hidden > 0 && (
        <HiddenCardsBar sessionId={view.session.id} hidden={hidden} readOnly={readOnly} />
      )}
      {view.cards.length === 0 && (
        <p className="empty-note">
          {readOnly
            ? 'No cards were written in this session.'
            : 'No cards yet. Read the prompts below aloud, give the team a few quiet minutes, then type each card in.'}
        </p>
      )}
      {PRACTICES.map((practice) => (
        <PracticeCards key={practice.id} practice={practice} view={view} readOnly={readOnly} />
      ))}
    </div>
  );
}
