import type { AppError } from '@shared/errors';

export function ErrorBanner({ error }: { error: AppError | null | undefined }) {
  if (!error) return null;
  return (
    <p className="error-banner" role="alert">
      {error.message}
    </p>
  );
}
