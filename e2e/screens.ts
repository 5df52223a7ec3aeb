import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

const dir = 'test-results/screens';

/** Saves a full-page picture of what a user sees, for a person to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  // A full-page capture stretches Chromium's layout, and the first click afterwards can land on a
  // shifted page. Everything is saved as it happens, so a reload gives the user's real layout back.
  await page.reload();
}
