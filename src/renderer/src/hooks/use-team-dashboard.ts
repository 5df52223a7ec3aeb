import type { TeamDashboard } from '@shared/dashboard';
import { formatDate } from '@shared/format';
import { useCallback, useEffect, useState } from 'react';
import type { QueryState } from './use-query';
import { useQuery } from './use-query';

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

function readFilter(teamId: string): DashboardFilter {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey(teamId)) ?? 'null') as Record<
      string,
      unknown
    > | null;
    const last = stored?.last;
    if (
      stored &&
      (last === 'all' || LAST_N_CHOICES.some((n) => n === last)) &&
      isDate(stored.from) &&
      isDate(stored.to)
    ) {
      return { last: last as DashboardFilter['last'], from: stored.from, to: stored.to };
    }
  } catch {
    // A damaged or foreign value falls back to the default filter.
  }
  return DEFAULT_FILTER;
}

/**
 * The dashboard filter of a team, remembered on this computer. The presentation window reads the
 * same one, and follows when the facilitator changes it.
 */
export function useDashboardFilter(
  teamId: string,
): [DashboardFilter, (filter: DashboardFilter) => void] {
  const [filter, setFilter] = useState(() => readFilter(teamId));
  useEffect(() => {
    setFilter(readFilter(teamId));
    const onStorage = (event: StorageEvent) => {
      if (event.key === storageKey(teamId)) setFilter(readFilter(teamId));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [teamId]);
  const update = useCallback(
    (next: DashboardFilter) => {
      localStorage.setItem(storageKey(teamId), JSON.stringify(next));
      setFilter(next);
    },
    [teamId],
  );
  return [filter, update];
}

/** The team's progress aggregates for the filter; reloads whenever any window changes data. */
export function useTeamDashboard(
  teamId: string,
  filter: DashboardFilter,
): QueryState<TeamDashboard> {
  return useQuery('dashboard.team', {
    teamId,
    ...(filter.last === 'all' ? {} : { lastN: filter.last }),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
  });
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
