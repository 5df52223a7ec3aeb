import type { AppError } from '@shared/errors';

/** A refused or failed submission, said where the person is looking. */
export function ErrorText({ error, id }: { error: AppError | null; id?: string }) {
  if (!error) return null;
  return (
    <p className="p-error" role="alert" id={id}>
      {error.message}
    </p>
  );
}
