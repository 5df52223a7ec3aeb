import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { ErrorBanner } from './ErrorBanner';

interface ConfirmDialogProps {
  title: string;
  /** What the change does, in plain words. */
  description: ReactNode;
  /** Names the change, e.g. "Delete team". */
  confirmLabel: string;
  /** Names backing out, e.g. "Cancel" or "Keep it"; it has the focus, so Enter is safe. */
  cancelLabel: string;
  /** The change; the dialog closes once it succeeds and shows its error otherwise. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

/** Asks before a destructive change: the change as a danger button, backing out as the default. */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const confirm = useMutation({ mutationFn: onConfirm });
  return (
    <Dialog title={title} open onClose={onClose} description={description}>
      <ErrorBanner error={confirm.error} />
      <div className="button-row">
        <button
          type="button"
          className="button danger"
          disabled={confirm.isPending}
          onClick={() => confirm.mutate(undefined, { onSuccess: onClose })}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onClose} autoFocus>
          {cancelLabel}
        </button>
      </div>
    </Dialog>
  );
}
