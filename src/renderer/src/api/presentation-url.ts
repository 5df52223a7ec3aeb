import { sessionToken, TOKEN_PARAM } from './http-transport';

/** A route of this app as a second window or tab can open it (browser mode needs the token). */
function appUrl(route: string): string {
  if (window.threadline) return route;
  return `/?${TOKEN_PARAM}=${encodeURIComponent(sessionToken())}${route}`;
}

/** The shared screen: it follows whatever the console puts on it. */
export function presentationUrl(): string {
  return appUrl('#/present');
}

/**
 * A team's dashboard on the shared screen, at one chart or the first: opening this address puts
 * the chart on the shared screen, which then follows the console as ever.
 */
export function dashboardPresentationUrl(teamId: string, chartId?: string): string {
  const chart = chartId ? `/${encodeURIComponent(chartId)}` : '';
  return appUrl(`#/present/dashboard/${encodeURIComponent(teamId)}${chart}`);
}

// Every shared-screen window of this workspace goes by one name, so opening it again brings
// the open one forward instead of a second (the desktop app also keeps to one window).
const SHARED_SCREEN_WINDOW = 'threadline-present';

/** Opens the shared screen, or brings the open one forward. */
export function openSharedScreen(): void {
  window.open(presentationUrl(), SHARED_SCREEN_WINDOW);
}
