import { createContext, useCallback, useContext, useEffect, useState } from 'react';

// While someone enters privately on the facilitator's laptop (pass-the-laptop), the console
// behind the private screen must show nothing of the facilitator's: it goes inert and hides its
// notes. The private screen says it is open; the console listens.

type Register = () => () => void;

const PrivateEntryContext = createContext<Register>(() => () => {});

export const PrivateEntryProvider = PrivateEntryContext.Provider;

/** For the console: whether a private entry is open, and what to provide to its stages. */
export function usePrivateEntryState(): [open: boolean, register: Register] {
  const [open, setOpen] = useState(0);
  const register = useCallback(() => {
    setOpen((count) => count + 1);
    return () => setOpen((count) => count - 1);
  }, []);
  return [open > 0, register];
}

/** Marks a private entry open for as long as the calling component is shown. */
export function useMarkPrivateEntry(): void {
  const register = useContext(PrivateEntryContext);
  useEffect(() => register(), [register]);
}
