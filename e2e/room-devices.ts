import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test';
import { expectAccessible } from './axe';

/** A phone in the room: its own browser context at a phone's size, with touch. */
export interface Device {
  context: BrowserContext;
  page: Page;
}

export async function openDevice(browser: Browser, url: string): Promise<Device> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

/** Joins with the code the QR address carries, then checks in. */
export async function joinAndCheckIn(device: Device, name: string, word: string, check = false) {
  const { page } = device;
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('heading', { name: 'Check in' })).toBeVisible();
  if (check) await expectAccessible(page, 'the phone’s check-in');
  await page.getByLabel('Your name (optional)').fill(name);
  await page.getByLabel('One word for how you arrive (optional)').fill(word);
  await page.getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByText(/You are checked in/)).toBeVisible();
}

export async function rate(page: Page, practices: readonly string[], scores: readonly number[]) {
  await expect(page.getByRole('heading', { name: 'Pulse' })).toBeVisible();
  for (const [index, practice] of practices.entries()) {
    await page
      .getByRole('group', { name: practice })
      .getByRole('radio', { name: new RegExp(`^${scores[index]}:`) })
      .check();
  }
  await page.getByRole('button', { name: 'Send my ratings' }).click();
  await expect(page.getByText('Your ratings are in.')).toBeVisible();
}
