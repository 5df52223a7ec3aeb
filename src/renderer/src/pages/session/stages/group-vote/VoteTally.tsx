import { plural } from '@shared/format';
import type { SessionView, VoteItem } from '@shared/sessions';
import { useEffect, useId, useState } from 'react';
import { refKey } from '../common/item-key';
import { useSetVoteTally } from './mutations';
import { itemsInSteadyOrder } from './vote-items';

/**
 * Dots counted on the whiteboard, typed per item; each count is saved on leaving its field. Dots
 * placed privately are added per item only once the results are shown.
 */
export function TallyList({ view, revealed }: { view: SessionView; revealed: boolean }) {
  return (
    <div className="gv-tally">
      <p className="muted">
        Count the dots on the whiteboard and type how many each item got. Each count is saved when
        you leave the field.
      </p>
      <ul className="gv-tally-list">
        {itemsInSteadyOrder(view).map((item) => (
          <TallyRow
            key={refKey(item.ref)}
            sessionId={view.session.id}
            item={item}
            revealed={revealed}
          />
        ))}
      </ul>
    </div>
  );
}

function TallyRow({
  sessionId,
  item,
  revealed,
}: {
  sessionId: string;
  item: VoteItem;
  revealed: boolean;
}) {
  const [value, setValue] = useState(String(item.tallyDots));
  const id = useId();
  const save = useSetVoteTally();
  useEffect(() => setValue(String(item.tallyDots)), [item.tallyDots]);
  const personal = item.dots - item.tallyDots;

  function commit() {
    const dots = value.trim() === '' ? 0 : Number(value);
    if (dots !== item.tallyDots || !Number.isInteger(dots))
      save.mutate({ sessionId, item: item.ref, dots });
  }

  return (
    <li className="gv-tally-row">
      <label htmlFor={id} className="gv-tally-title">
        {item.title}
        {item.ref.kind === 'group' && <span className="badge">group of {item.cardCount}</span>}
      </label>
      <input
        id={id}
        type="number"
        min={0}
        inputMode="numeric"
        aria-label={`Dots for ${item.title}`}
        aria-invalid={save.error ? true : undefined}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
      {revealed && personal > 0 && (
        <span className="gv-tally-extra">+ {plural(personal, 'dot')} placed privately</span>
      )}
      {save.error && (
        <p className="field-error gv-tally-error" role="alert">
          {save.error.message}
        </p>
      )}
    </li>
  );
}
