import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './host/content-security-policy';
import { isAppUrl, isPresentationUrl, isSafeExternalUrl } from './trusted-url';
import { presentationWindow, type WindowPaths } from './windows';

/** Locks down every web contents the app creates: no navigation, no pop-ups, no permissions. */
export function applySecurity(paths: WindowPaths): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });

  const presentation = presentationWindow(paths.preload);
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isPresentationUrl(url)) return presentation.open(url);
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('did-create-window', (window, details) => {
      if (isPresentationUrl(details.url)) presentation.adopt(window);
    });
  });
}
