import { useCallback, useState } from 'react';

// Switching from the tally to passing the laptop keeps the tally forms (and what was typed in
// them) as they are, only out of sight; this says which of them hold counts not saved yet.

/** The names of the tallies holding unsaved counts, and the callback each tally reports to. */
export function useUnsavedTallies() {
  const [names, setNames] = useState<string[]>([]);
  const report = useCallback((name: string, unsaved: boolean) => {
    setNames((current) => {
      if (current.includes(name) === unsaved) return current;
      return unsaved ? [...current, name] : current.filter((other) => other !== name);
    });
  }, []);
  return { names, report };
}

/** Said beside the private entry while tallies wait unsaved: they are kept, and where. */
export function UnsavedTallyNote({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  return (
    <p className="ratings-unsaved" role="status">
      Not saved yet: the tally for {names.join(', ')}. It is kept as you typed it: choose Tally to
      save it.
    </p>
  );
}
