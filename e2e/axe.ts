import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core (every rule) on what the page shows now and fails on any serious or critical
 * violation, naming each with the elements it found. `screen` names the screen in the message.
 *
 * Legacy mode runs axe inside the page itself: the desktop app's windows cannot open the blank
 * page axe otherwise uses to join results across frames, and the app has no frames to join.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      where: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  expect(blocking, `accessibility of ${screen}`).toEqual([]);
}
