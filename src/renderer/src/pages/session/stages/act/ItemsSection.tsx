import type { VoteItem } from '@shared/sessions';
import { CIRCLES } from '@shared/stages';
import { useState } from 'react';
import type { StageProps } from '../../stage-props';
import { refKey } from '../common/item-key';
import { sortedItems } from './act-items';
import { ItemRow } from './ItemRow';

const TOP_ITEMS = 5;

export function ItemsSection({
  view,
  readOnly,
  onStartAction,
}: StageProps & { onStartAction: (item: VoteItem) => void }) {
  const [showAll, setShowAll] = useState(false);
  const items = sortedItems(view.items);
  const shown = showAll ? items : items.slice(0, TOP_ITEMS);
  return (
    <section aria-labelledby="act-items-title" className="act-section">
      <h3 id="act-items-title">Top items</h3>
      {items.length === 0 ? (
        <p className="empty-note">
          There are no cards to act on. You can still add actions and commitments below.
        </p>
      ) : (
        <>
          {!readOnly && (
            <p className="muted act-intro">
              For each item, ask the team where it sits. Turn what you control or can influence into
              an action.
            </p>
          )}
          <dl className="act-circle-key">
            {CIRCLES.map((circle) => (
              <div key={circle.id} className={`act-key-${circle.id}`}>
                <dt>{circle.label}</dt>
                <dd>{circle.hint}</dd>
              </div>
            ))}
          </dl>
          <ol className="act-items">
            {shown.map((item) => (
              <ItemRow
                key={`${refKey(item.ref)}-${item.circle}`}
                view={view}
                item={item}
                readOnly={readOnly}
                onStartAction={onStartAction}
              />
            ))}
          </ol>
          {items.length > TOP_ITEMS && (
            <button type="button" className="button quiet" onClick={() => setShowAll(!showAll)}>
              {showAll ? `Show only the top ${TOP_ITEMS}` : `Show all ${items.length} items`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
