/**
 * The desktop app's pages are served from its own origin, `app://threadline`, through a
 * privileged scheme instead of `file://`, so the page has a real origin of its own and can only
 * ever see the files of the built renderer.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'threadline';
export const APP_PAGE_PATH = '/index.html';

/** The app's single page, optionally at a hash route such as `/present/s1`. */
export function appPageUrl(hashRoute?: string): string {
  const url = new URL(`${APP_SCHEME}://${APP_HOST}${APP_PAGE_PATH}`);
  if (hashRoute !== undefined) url.hash = hashRoute;
  return url.href;
}
