import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

const dir = 'test-results/screens';

/** Saves a full-page picture of what a user sees, for a person to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}
