import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Leaves a private entry the way the facilitator must: by holding “Back to the facilitator view”
 * until the private screen closes (a click does nothing).
 */
export async function holdToLeave(dialog: Locator): Promise<void> {
  const page = dialog.page();
  const button = dialog.getByRole('button', { name: 'Back to the facilitator view' });
  await button.hover();
  await page.mouse.down();
  await expect(dialog).toBeHidden({ timeout: 5_000 });
  await page.mouse.up();
}
