import { pathToFileURL } from 'node:url';

/** True when `url` is a page of the app's own renderer, compared as parsed URLs. */
export function isAppUrl(url: string, rendererIndexFile: string): boolean {
  try {
    const parsed = new URL(url);
    const own = pathToFileURL(rendererIndexFile);
    return parsed.protocol === 'file:' && parsed.pathname === own.pathname;
  } catch {
    return false;
  }
}

/** Only plain https links leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** The app's own presentation view, the one window the app itself may open. */
export function isPresentationUrl(url: string, rendererIndexFile: string): boolean {
  return isAppUrl(url, rendererIndexFile) && new URL(url).hash.startsWith('#/present/');
}
