import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/** A list row with its own Delete button, left out when read-only, and the error if it fails. */
export function RemovableRow({
  className,
  mainClassName,
  deleteLabel,
  onDelete,
  readOnly,
  before,
  children,
}: {
  className: string;
  mainClassName: string;
  /** Names what goes, e.g. "Delete action: Post the release dates". */
  deleteLabel: string;
  onDelete: () => Promise<unknown>;
  readOnly: boolean;
  /** Other buttons for the row, before Delete (e.g. Edit). */
  before?: ReactNode;
  children: ReactNode;
}) {
  const remove = useMutation({ mutationFn: onDelete });
  return (
    <li className={className}>
      <div className={mainClassName}>
        {children}
        <ErrorBanner error={remove.error} />
      </div>
      {!readOnly && (
        <div className="row-buttons">
          {before}
          <button
            type="button"
            className="button quiet danger-text"
            aria-label={deleteLabel}
            disabled={remove.isPending}
            onClick={() => remove.mutate()}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
