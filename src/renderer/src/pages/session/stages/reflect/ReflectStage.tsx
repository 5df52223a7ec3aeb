import { FocusNote } from '@renderer/insights/FocusNote';
import { practiceById } from '@shared/practices';
import type { StageProps } from '../../stage-props';
import { AddCardForm } from './AddCardForm';
import { HiddenCardsBar } from './HiddenCardsBar';
import { PracticeCards } from './PracticeCards';
import './reflect.css';

/** Cards per practice, in Reflect order: the practice the insights point to comes first. */
export function ReflectStage({ view, readOnly }: StageProps) {
  const hidden = view.cards.filter((card) => card.hidden).length;
  return (
    <div className="reflect">
      {view.focus && <FocusNote focus={view.focus} />}
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
      {view.reflectOrder.map((practiceId) => (
        <PracticeCards
          key={practiceId}
          practice={practiceById(practiceId)}
          view={view}
          readOnly={readOnly}
          focus={practiceId === view.focus?.practiceId}
        />
      ))}
    </div>
  );
}
