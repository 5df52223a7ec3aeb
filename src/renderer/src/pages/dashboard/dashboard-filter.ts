import { useStoredValue } from '@renderer/hooks/use-stored-value';
import { formatDate } from '@shared/format';
import { useCallback, useMemo } from 'react';

export const LAST_N_CHOICES = [5, 10, 20] as const;

/** Which retros the dashboard shows: the newest few, within an optional date range. */
export interface DashboardFilter {
  last: (typeof LAST_N_CHOICES)[number] | 'all';
  /** ISO dates; empty for no bound. */
  from: string;
  to: string;
}

const DEFAULT_FILTER: DashboardFilter = { last: 10, from: '', to: '' };

const storageKey = (teamId: string) => `threadline.dashboard-filter.${teamId}`;
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value));

function parseFilter(stored: string | null): DashboardFilter {
  try {
    const value = JSON.parse(stored ?? 'null') as Record<string, unknown> | null;
    const last = value?.last;
    if (
      value &&
      (last === 'all' || LAST_N_CHOICES.some((n) => n === last)) &&
      isDate(value.from) &&
      isDate(value.to)
    ) {
      return { last: last as DashboardFilter['last'], from: value.from, to: value.to };
    }
  } catch {
    // A damaged or foreign value falls back to the default filter.
  }
  return DEFAULT_FILTER;
}

/** The filter remembered for a team, read once: what its dashboard will ask for. */
export const storedFilter = (teamId: string): DashboardFilter =>
  parseFilter(localStorage.getItem(storageKey(teamId)));

/**
 * The dashboard filter of a team, remembered on this computer. The presentation window reads the
 * same one, and follows when the facilitator changes it. It is read for the team asked for, so a
 * page never applies one team's filter to another.
 */
export function useDashboardFilter(
  teamId: string,
): [DashboardFilter, (filter: DashboardFilter) => void] {
  const [stored, store] = useStoredValue(storageKey(teamId));
  const filter = useMemo(() => parseFilter(stored), [stored]);
  const update = useCallback((next: DashboardFilter) => store(JSON.stringify(next)), [store]);
  return [filter, update];
}

/** "Last 10 retros, from 1 Mar 2026": the filter in words, for headings and the projector. */
export function describeFilter(filter: DashboardFilter): string {
  const count = filter.last === 'all' ? 'All retros' : `Last ${filter.last} retros`;
  const range = [
    filter.from && `from ${formatDate(filter.from)}`,
    filter.to && `to ${formatDate(filter.to)}`,
  ]
    .filter(Boolean)
    .join(' ');
  return range ? `${count} ${range}` : count;
}
