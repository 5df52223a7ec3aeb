import { APP_HOST, APP_PAGE_PATH, APP_SCHEME } from './app-url';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` is the app's own page (any route): its parsed scheme and host, the origin,
 * must be the app's, and its path the app's page. Never a string prefix test.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.pathname === APP_PAGE_PATH
  );
}

/** Only plain https links leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The app's own presentation view, the one window the app itself may open. */
export function isPresentationUrl(url: string): boolean {
  if (!isAppUrl(url)) return false;
  const { hash } = new URL(url);
  return hash === '#/present' || hash.startsWith('#/present/');
}
