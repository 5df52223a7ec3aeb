import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

const dir = 'test-results/screens';

/**
 * Saves a picture of what a user sees, for a person to look at. Viewport only: a full-page
 * capture stretches Chromium's layout and can shift the page under the next click.
 */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png` });
}
