import { ErrorBanner } from '@renderer/components/ErrorBanner';
import type { AppError } from '@shared/errors';
import type { FormEvent, ReactNode } from 'react';
import './ratings.css';

/** One person's private entry while the laptop is passed round: their choices, then save. */
export function PrivateRatingForm({
  className,
  onSubmit,
  missing,
  error,
  pending,
  saveLabel,
  children,
}: {
  className: string;
  onSubmit: (event: FormEvent) => void;
  /** Says which choice is still to make. */
  missing: string | null;
  error: AppError | null;
  pending: boolean;
  saveLabel: string;
  children: ReactNode;
}) {
  return (
    <form className={className} onSubmit={onSubmit}>
      {children}
      {missing && (
        <p className="field-error" role="alert">
          {missing}
        </p>
      )}
      <ErrorBanner error={error} />
      <button type="submit" className="button primary ratings-private-save" disabled={pending}>
        {saveLabel}
      </button>
    </form>
  );
}
