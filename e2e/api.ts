import type { Page } from '@playwright/test';
import type {} from '../src/renderer/src/api/client';
import { HTTP_TOKEN_HEADER } from '../src/shared/contract';
import type { Envelope } from '../src/shared/errors';

/** Calls the app's API from inside the page, over whichever transport the app itself uses. */
export async function call<T>(page: Page, method: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ([name, body, tokenHeader]) => {
      if (window.threadline) return window.threadline.call(name as never, body);
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [tokenHeader]: sessionStorage.getItem('threadline.token') ?? '',
        },
        body: JSON.stringify(body),
      });
      return response.json();
    },
    [method, input, HTTP_TOKEN_HEADER] as const,
  );
  const result = envelope as Envelope<T>;
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}
