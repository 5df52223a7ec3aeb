import { pluralWord } from '@shared/format';
import type { VoteItem } from '@shared/sessions';
import { CIRCLES } from '@shared/stages';
import { useState } from 'react';
import type { StageProps } from '../../stage-props';
import { refKey } from '../common/item-key';
import { topItems } from './act-items';
import { ItemRow } from './ItemRow';

const TOP_ITEMS = 5;

export function ItemsSection({
  view,
  readOnly,
  onStartAction,
}: StageProps & { onStartAction: (item: VoteItem) => void }) {
  const [showAll, setShowAll] = useState(false);
  const items = view.items;
  const { top, rest } = topItems(items, TOP_ITEMS);
  const shown = showAll ? [...top, ...rest] : top;
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
          {top.length === 0 && (
            <p className="empty-note">
              No item has dots yet, so there are no top items. Vote in Group &amp; vote first, or
              show every item below.
            </p>
          )}
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
          {rest.length > 0 && (
            <button type="button" className="button quiet" onClick={() => setShowAll(!showAll)}>
              {showAll
                ? 'Show only the top items'
                : `Show the other ${rest.length} ${pluralWord(rest.length, 'item')}, with fewer or no dots`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
