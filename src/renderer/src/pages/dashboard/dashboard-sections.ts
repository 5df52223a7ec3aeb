import { DASHBOARD_CHART_IDS, type DashboardChartId } from '@shared/dashboard';
import { useEffect, useRef } from 'react';

/** The parts of a team's dashboard a link can open at: the insights panel or one chart. */
export type DashboardSection = 'insights' | DashboardChartId;

export const isDashboardSection = (value: string | undefined): value is DashboardSection =>
  value === 'insights' || DASHBOARD_CHART_IDS.some((id) => id === value);

/** The element id of a section on the page. */
export const sectionAnchor = (section: DashboardSection) => `dash-${section}`;

/** `/teams/<id>/dashboard/pulse-trend`: the dashboard, opened at a section. */
export const dashboardRoute = (teamId: string, section?: DashboardSection) =>
  `/teams/${encodeURIComponent(teamId)}/dashboard${section ? `/${section}` : ''}`;

/** Scrolls a section into view and moves the keyboard focus to it; false when it is not drawn. */
export function revealSection(section: DashboardSection): boolean {
  const target = document.getElementById(sectionAnchor(section));
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
  return target !== null;
}

/**
 * Opens the page at the section its address names, once the page has drawn it; only once per
 * address, so a page drawn anew for another filter stays where the reader is.
 */
export function useRevealSection(section: DashboardSection | null, drawn: boolean): void {
  const revealed = useRef<DashboardSection | null>(null);
  useEffect(() => {
    if (section === revealed.current || !drawn) return;
    if (!section || revealSection(section)) revealed.current = section;
  }, [section, drawn]);
}
