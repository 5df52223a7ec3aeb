import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

interface ChartViews {
  asTable: (title: string) => boolean;
  toggle: (title: string) => void;
}

const ChartViewsContext = createContext<ChartViews | null>(null);

/**
 * Remembers which figures below show their table instead of their chart, by title, so the
 * choice outlives the figures: a dashboard drawn anew for another filter keeps it.
 */
export function ChartViewsProvider({ children }: { children: ReactNode }) {
  const [tables, setTables] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (title: string) =>
      setTables((current) => {
        const next = new Set(current);
        if (!next.delete(title)) next.add(title);
        return next;
      }),
    [],
  );
  const views = useMemo(
    () => ({ asTable: (title: string) => tables.has(title), toggle }),
    [tables, toggle],
  );
  return <ChartViewsContext.Provider value={views}>{children}</ChartViewsContext.Provider>;
}

/** Whether a figure shows its table, and the switch; its own state without a provider above. */
export function useChartView(title: string): [boolean, () => void] {
  const views = useContext(ChartViewsContext);
  const [asTable, setAsTable] = useState(false);
  if (views) return [views.asTable(title), () => views.toggle(title)];
  return [asTable, () => setAsTable(!asTable)];
}
