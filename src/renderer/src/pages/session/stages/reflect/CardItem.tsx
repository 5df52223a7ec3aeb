import type { Card, SessionView } from '@shared/sessions';
import { useState } from 'react';
import { isForeseen } from '../../foreseen';
import { DeleteCardDialog } from './DeleteCardDialog';
import { EditCardForm } from './EditCardForm';

export function CardItem({
  card,
  view,
  readOnly,
}: {
  card: Card;
  view: SessionView;
  readOnly: boolean;
}) {
  const [mode, setMode] = useState<'show' | 'edit' | 'delete'>('show');
  const group = view.groups.find((g) => g.id === card.groupId);
  // A card still being stored cannot be edited or deleted yet.
  const storing = isForeseen(card);
  return (
    <li className={`reflect-card ${card.hidden ? 'hidden-card' : ''}`}>
      {mode === 'edit' ? (
        <EditCardForm card={card} onDone={() => setMode('show')} />
      ) : (
        <>
          <p className="reflect-card-text">{card.text}</p>
          {(card.hidden || group) && (
            <p className="reflect-card-meta">
              {card.hidden && <span className="badge">hidden on the shared screen</span>}
              {group && <span className="badge">in group: {group.title}</span>}
            </p>
          )}
          {!readOnly && (
            <div className="reflect-card-actions">
              <button
                type="button"
                className="button quiet"
                aria-label={`Edit card: ${card.text}`}
                disabled={storing}
                onClick={() => setMode('edit')}
              >
                Edit
              </button>
              <button
                type="button"
                className="button quiet danger-text"
                aria-label={`Delete card: ${card.text}`}
                disabled={storing}
                onClick={() => setMode('delete')}
              >
                Delete
              </button>
            </div>
          )}
        </>
      )}
      {mode === 'delete' && (
        <DeleteCardDialog card={card} view={view} onClose={() => setMode('show')} />
      )}
    </li>
  );
}
