import { sessionToken, TOKEN_PARAM } from './http-transport';

/** A route of this app as a second window or tab can open it (browser mode needs the token). */
function appUrl(route: string): string {
  if (window.threadline) return route;
  return `/?${TOKEN_PARAM}=${encodeURIComponent(sessionToken())}${route}`;
}

/** Where the presentation view of a session lives: same app, second window or tab. */
export function presentationUrl(sessionId: string): string {
  return appUrl(`#/present/${encodeURIComponent(sessionId)}`);
}

/** A team's dashboard on the shared screen, opened at one chart or at the first. */
export function dashboardPresentationUrl(teamId: string, chartId?: string): string {
  const chart = chartId ? `/${encodeURIComponent(chartId)}` : '';
  return appUrl(`#/present/dashboard/${encodeURIComponent(teamId)}${chart}`);
}
