import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { CIRCLE_LABELS, plural } from '@shared/format';
import { practiceById } from '@shared/practices';
import type { VoteItem } from '@shared/sessions';
import { CIRCLES } from '@shared/stages';
import { useId, useState } from 'react';
import type { StageProps } from '../../stage-props';
import { refKey } from '../common/item-key';
import { useSetCircle } from './mutations';

/** One item: its dots and cards, the circle it sits in, and a shortcut to an action for it. */
export function ItemRow({
  view,
  item,
  readOnly,
  onStartAction,
}: StageProps & { item: VoteItem; onStartAction: (item: VoteItem) => void }) {
  const name = useId();
  // Shown at once; the row starts afresh (by its key) when the stored circle changes.
  const [chosen, setChosen] = useState(item.circle);
  const setCircle = useSetCircle({
    onMutate: ({ circle }) => setChosen(circle),
    onError: () => setChosen(item.circle),
  });
  const linked = view.actions.filter((a) => a.item && refKey(a.item) === refKey(item.ref)).length;
  const practices = item.practiceIds.map((id) => practiceById(id).shortName).join(', ');
  return (
    <li className={`act-item ${item.circle ? `act-item-${item.circle}` : ''}`}>
      <div className="act-item-head">
        <span className="act-dots">{plural(item.dots, 'dot')}</span>
        <div className="act-item-text">
          <p className="act-item-title">{item.title}</p>
          <p className="act-item-meta">
            {item.ref.kind === 'group' ? `Group of ${plural(item.cardCount, 'card')}` : 'Card'}
            {practices && ` · ${practices}`}
            {linked > 0 && ` · ${plural(linked, 'action')}`}
          </p>
        </div>
        {!readOnly && (item.circle === 'control' || item.circle === 'influence') && (
          <button
            type="button"
            className="button act-item-add"
            aria-label={`Add action for ${item.title}`}
            onClick={() => onStartAction(item)}
          >
            Add action
          </button>
        )}
      </div>
      {readOnly ? (
        <p className="act-item-circle">
          {item.circle ? CIRCLE_LABELS[item.circle] : 'Not sorted into a circle'}
        </p>
      ) : (
        <div className="act-item-controls">
          <fieldset className="act-circles" aria-label={`Circle for ${item.title}`}>
            {CIRCLES.map((circle) => (
              <label key={circle.id} className={chosen === circle.id ? 'chosen' : ''}>
                <input
                  type="radio"
                  name={name}
                  value={circle.id}
                  checked={chosen === circle.id}
                  onChange={() =>
                    setCircle.mutate({
                      sessionId: view.session.id,
                      item: item.ref,
                      circle: circle.id,
                    })
                  }
                />
                {circle.label}
              </label>
            ))}
          </fieldset>
          {item.circle === 'concern' && (
            <p className="act-concern-note">Name it, then let it go for now.</p>
          )}
        </div>
      )}
      <ErrorBanner error={setCircle.error} />
    </li>
  );
}
