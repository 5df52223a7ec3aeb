import type { Page } from '@playwright/test';
import { call } from './api';
import { measureFit } from './fit';
import { expect, test } from './fixtures';
import { snap } from './screens';

// The projector never needs a touch after it is first placed: one shared screen for the
// workspace follows whatever the console shows, from one retro to the next, to the team page
// between retros and to the dashboard charts, and keeps following through a reload.

const PEOPLE = ['Ana', 'Ben', 'Chioma', 'Dev', 'Emeka'];

async function startRetro(page: Page, title: string) {
  await page.getByRole('button', { name: 'New retro' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Start retro' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Save participants' }).click();
  await expect(page.getByText('5 people taking part by name.')).toBeVisible();
}

const retroOn = (screen: Page) => screen.locator('.present-session');

async function fitsAt720(screen: Page, what: string) {
  await screen.setViewportSize({ width: 1280, height: 720 });
  await expect
    .poll(
      async () => {
        const fit = await measureFit(screen);
        return [...fit.outside, ...fit.tooSmall];
      },
      { message: what },
    )
    .toEqual([]);
  await snap(screen, `shared-${what}-1280x720`);
}

test('one shared screen follows the console from retro to retro, to the team and its charts', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.getByLabel('Team name').fill('Checkout squad');
  await page.getByLabel('Members (optional)').fill(PEOPLE.join('\n'));
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page.getByRole('heading', { name: 'Checkout squad', level: 1 })).toBeVisible();
  await startRetro(page, 'Sprint 12 retro');

  const open = page.getByRole('link', { name: 'Open presentation view' });
  const screen = await app.openedBy(() => open.click());
  await expect(screen.getByText('Stage 1: Check-in')).toBeVisible();
  await expect(retroOn(screen)).toContainText('Sprint 12 retro');

  await page.getByRole('button', { name: /^Next: Pulse/ }).click();
  await expect(screen.getByText('Stage 2: Pulse')).toBeVisible();

  // Between retros: the team's name.
  await page.getByRole('link', { name: 'Checkout squad' }).click();
  await expect(screen.getByRole('heading', { name: 'Checkout squad', level: 1 })).toBeVisible();
  await fitsAt720(screen, 'idle');

  // The next retro takes the screen over without anyone touching it, and a reload keeps it.
  await startRetro(page, 'Sprint 13 retro');
  await expect(retroOn(screen)).toContainText('Sprint 13 retro');
  await screen.reload();
  await expect(retroOn(screen)).toContainText('Sprint 13 retro');
  await expect(screen.getByText('Stage 1: Check-in')).toBeVisible();

  // Opening it again brings the same window forward: still one shared screen.
  await open.click();
  await expect(retroOn(screen)).toContainText('Sprint 13 retro');
  expect(app.views()).toHaveLength(2);

  // The facilitator pages through a long stage from the console, by key and by button.
  const sessionId = new URL(page.url()).hash.split('/sessions/')[1] as string;
  for (let i = 0; i < 13; i++) {
    await call(page, 'cards.add', {
      sessionId,
      practiceId: 'share-information',
      kind: 'to_improve',
      text: `Card ${i + 1} about how news reaches us`,
    });
  }
  await call(page, 'cards.revealAll', { sessionId });
  await page.getByRole('button', { name: 'Go to Reflect' }).click();
  await expect(screen.getByText('Page 1 of 2')).toBeVisible();
  const pager = page.getByRole('group', { name: 'Pages on the shared screen' });
  await expect(pager).toContainText('Shared screen: page 1 of 2');
  await snap(page, 'console-shared-screen-pages');
  await page.keyboard.press('n');
  await expect(screen.getByText('Page 2 of 2')).toBeVisible();
  await expect(pager).toContainText('Shared screen: page 2 of 2');
  await expect(screen.getByText('Card 13 about how news reaches us')).toBeVisible();
  await page.keyboard.press('p');
  await expect(screen.getByText('Page 1 of 2')).toBeVisible();
  await pager.getByRole('button', { name: 'Next page on the shared screen' }).click();
  await expect(screen.getByText('Page 2 of 2')).toBeVisible();

  // ROTI: the team sees how many have rated, then the result when it is revealed.
  await page.getByRole('button', { name: 'Go to Close' }).click();
  const roti = page.getByRole('form', { name: 'ROTI tally' });
  for (const [score, count] of [
    [3, 1],
    [4, 2],
    [5, 2],
  ]) {
    await roti.getByLabel(`ROTI tally: people who gave ${score}`).fill(String(count));
  }
  await roti.getByRole('button', { name: 'Save tally' }).click();
  await expect(page.getByText('5 of 5 rated')).toBeVisible();
  await expect(screen.getByText('5 of 5 have rated')).toBeVisible();
  await expect(screen.getByText('out of 5')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'ROTI result' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal ROTI' }).click();
  await expect(screen.getByRole('region', { name: 'Return on time invested' })).toContainText(
    '4.20 out of 5',
  );
  await expect(page.getByRole('region', { name: 'ROTI result' })).toContainText('4.20');
  await snap(page, 'console-roti-revealed');
  await fitsAt720(screen, 'close-roti-revealed');

  // The dashboard: the chart the facilitator presents, in that same window.
  await page.getByRole('link', { name: 'Checkout squad' }).click();
  await expect(screen.getByRole('heading', { name: 'Checkout squad', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('link', { name: 'Present dashboard' }).click();
  await expect(screen.getByRole('heading', { name: 'Pulse trend', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Present Kudos' }).click();
  await expect(screen.getByRole('heading', { name: 'Kudos', level: 1 })).toBeVisible();
  expect(app.views()).toHaveLength(2);
  await fitsAt720(screen, 'chart-kudos');
});
