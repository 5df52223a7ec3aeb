import { sum } from '@renderer/charts/rating-stats';
import { TallyInput } from '@renderer/components/TallyInput';
import type { Distribution } from '@shared/sessions';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import './ratings.css';

// The two ways the Pulse stage and the ROTI panel collect ratings: a tally (here) or passing the
// laptop (LaptopRound).

/** A show-of-fingers tally typed over the stored one and saved as a whole; `children` lead in. */
export function TallyForm({
  saved,
  privately,
  label,
  scaleLabels,
  onSave,
  onUnsavedChange,
  className,
  children,
  ...labelling
}: {
  saved: Distribution;
  /** Ratings entered in private, which the tally must leave room for. */
  privately: number;
  /** Names the counts, e.g. "Tally for Model humility". */
  label: string;
  scaleLabels: readonly string[];
  onSave: (counts: Distribution) => Promise<unknown>;
  /** Told whenever the form starts or stops holding counts that are not saved. */
  onUnsavedChange?: (unsaved: boolean) => void;
  className: string;
  children: ReactNode;
  'aria-label'?: string;
  'aria-labelledby'?: string;
}) {
  const savedKey = saved.join(',');
  // A draft belongs to the tally it was typed over; once the stored tally changes, it is dropped.
  const [draft, setDraft] = useState<{ base: string; counts: Distribution } | null>(null);
  const counts = draft && draft.base === savedKey ? draft.counts : saved;
  const unsaved = counts.join(',') !== savedKey;
  const save = useMutation({ mutationFn: onSave });
  useEffect(() => onUnsavedChange?.(unsaved), [unsaved, onUnsavedChange]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(counts);
  };

  return (
    <form className={className} onSubmit={submit} {...labelling}>
      {children}
      <TallyInput
        label={label}
        counts={counts}
        scaleLabels={scaleLabels}
        onChange={(next) => {
          save.reset();
          setDraft({ base: savedKey, counts: next });
        }}
      />
      <div className="ratings-tally-foot">
        <button
          type="submit"
          className={`button ${unsaved ? 'primary' : ''}`}
          disabled={save.isPending || !unsaved}
        >
          Save tally
        </button>
        <span className="ratings-tally-sum">
          {unsaved
            ? `Not saved yet: ${sum(counts)} counted`
            : sum(saved) > 0
              ? `Saved: ${sum(saved)} counted`
              : 'Nothing counted yet'}
          {privately > 0 && `, plus ${privately} entered privately`}
        </span>
      </div>
      {save.error && (
        <p className="field-error" role="alert">
          {save.error.message}
        </p>
      )}
    </form>
  );
}
