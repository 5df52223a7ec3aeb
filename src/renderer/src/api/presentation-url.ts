import { sessionToken, TOKEN_PARAM } from './http-transport';

/** Where the presentation view of a session lives: same app, second window or tab. */
export function presentationUrl(sessionId: string): string {
  const route = `#/present/${encodeURIComponent(sessionId)}`;
  if (window.threadline) return route;
  return `/?${TOKEN_PARAM}=${encodeURIComponent(sessionToken())}${route}`;
}
