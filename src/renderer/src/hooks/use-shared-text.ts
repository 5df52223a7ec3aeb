import { AppError } from '@shared/errors';
import { cleanMultiLine } from '@shared/text';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface SharedText {
  draft: string;
  /** True while the draft holds words not saved yet. */
  dirty: boolean;
  /** The saved text, when a save found it changed in another window; the draft is kept. */
  conflict: string | null;
  error: AppError | undefined;
  edit(text: string): void;
  /** Saves the draft; false when it was refused (the draft stays as it is). */
  flush(): Promise<boolean>;
  /** After a conflict: saves the draft over the newer saved text. */
  keepMine(): Promise<boolean>;
  /** After a conflict: replaces the draft with the saved text. */
  takeSaved(): void;
}

/**
 * Free text that another window may edit at the same time (facilitator notes, the summary).
 * Each save names the saved text the draft started from; when that text changed meanwhile,
 * the save is refused and the user sees both versions and chooses. Text saved elsewhere only
 * replaces the draft while the draft holds nothing unsaved.
 */
export function useSharedText(
  saved: string,
  save: (text: string, expected: string) => Promise<unknown>,
): SharedText {
  const [draft, setDraft] = useState(saved);
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const [error, setError] = useState<AppError>();
  const latest = useRef(saved);
  const base = useRef(saved);

  useEffect(() => {
    if (dirty) return;
    latest.current = saved;
    base.current = saved;
    setDraft(saved);
  }, [saved, dirty]);

  const edit = useCallback((text: string) => {
    latest.current = text;
    setDraft(text);
    setDirty(true);
  }, []);

  const saveOver = useCallback(
    async (expected: string) => {
      const text = latest.current;
      try {
        await save(text, expected);
      } catch (reason) {
        const failure =
          reason instanceof AppError
            ? reason
            : new AppError('internal', 'Something went wrong. Please try again.');
        if (failure.code === 'stale' && failure.current !== undefined) {
          setConflict(failure.current);
        } else {
          setError(failure);
        }
        return false;
      }
      // The server stores text cleaned by the shared rule; the next save starts from that.
      base.current = cleanMultiLine(text);
      setConflict(null);
      setError(undefined);
      if (latest.current === text) setDirty(false);
      return true;
    },
    [save],
  );

  return {
    draft,
    dirty,
    conflict,
    error,
    edit,
    flush: () => saveOver(base.current),
    keepMine: () => saveOver(conflict ?? base.current),
    takeSaved() {
      if (conflict === null) return;
      latest.current = conflict;
      base.current = conflict;
      setDraft(conflict);
      setConflict(null);
      setDirty(false);
    },
  };
}
