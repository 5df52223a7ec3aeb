import { plural } from '@shared/format';
import type { VoteItem } from '@shared/sessions';
import { useEffect, useId, useState } from 'react';
import { useSetVoteTally } from './mutations';
import { shownDots } from './vote-items';
import './dots.css';

/**
 * An item's dots on the board. Counting from the whiteboard (a tally), a number to type, saved on
 * leaving the field or on Enter; otherwise the count as it stands. Dots placed privately count
 * here only once the results are shown (see `shownDots`).
 */
export function ItemDots({
  sessionId,
  item,
  tally,
  revealed,
}: {
  sessionId: string;
  item: VoteItem | undefined;
  /** True while the team's dots are typed in from the whiteboard. */
  tally: boolean;
  /** True once the vote's results are shown. */
  revealed: boolean;
}) {
  if (!item) return null;
  if (!tally) {
    return <span className="gvb-dots-count">{plural(shownDots(item, revealed), 'dot')}</span>;
  }
  return <DotsInput sessionId={sessionId} item={item} revealed={revealed} />;
}

function DotsInput({
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
    <div className="gvb-dots">
      <label htmlFor={id} className="gvb-dots-label" aria-hidden="true">
        Dots
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
        <span className="gvb-dots-extra">+ {plural(personal, 'dot')} private</span>
      )}
      {save.error && (
        <p className="field-error gvb-dots-error" role="alert">
          {save.error.message}
        </p>
      )}
    </div>
  );
}
