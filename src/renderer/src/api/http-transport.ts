import { HTTP_TOKEN_HEADER, type ThreadlineBridge } from '@shared/contract';
import type { AppEvent } from '@shared/contract-changes';
import type { Envelope } from '@shared/errors';

const TOKEN_KEY = 'threadline.token';
export const TOKEN_PARAM = 'token';

/** The per-launch token arrives in the address once; it is kept for this tab and hidden again. */
export function sessionToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get(TOKEN_PARAM);
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete(TOKEN_PARAM);
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function createHttpTransport(): ThreadlineBridge {
  const token = sessionToken();
  // One event stream per page, shared by every listener: browsers allow only a few open
  // connections per host, and each stream holds one for as long as the page lives.
  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | null = null;
  return {
    async call(method, input) {
      const response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Envelope<unknown>;
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!source) {
        source = new EventSource(`/api/events?${TOKEN_PARAM}=${encodeURIComponent(token)}`);
        source.onmessage = (message) => {
          const event = JSON.parse(message.data) as AppEvent;
          for (const each of listeners) each(event);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}
