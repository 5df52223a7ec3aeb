import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-url';
import { CONTENT_SECURITY_POLICY } from './host/content-security-policy';
import { readStaticFile } from './host/static-files';

/** Must run before the app is ready: makes `app://` a standard, secure scheme with an origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/** Answers every `app://` request from the built renderer folder. */
export function serveApp(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request));
}

/**
 * A file of the built renderer under the Content-Security-Policy, or 404 for anything else:
 * another host, a path that leaves the folder, a missing file, or a method that is not a read.
 */
export async function appResponse(rendererDir: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const readable = request.method === 'GET' || request.method === 'HEAD';
  const file =
    readable && url.host === APP_HOST ? await readStaticFile(rendererDir, url.pathname) : null;
  if (!file) {
    return new Response('Not found.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
    headers: {
      'content-type': file.type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': file.cache,
    },
  });
}
