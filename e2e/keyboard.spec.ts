import type { Locator, Page } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from './fixtures';
import { snap } from './screens';

// A whole retro run from the keyboard alone: focus moves with Tab only, controls work with
// Enter, Space, arrow keys and typing, and nothing here touches the mouse. Every control reached
// shows a visible focus ring.

/** Presses Tab until `target` has the focus, then checks the focus can be seen. */
async function tabTo(page: Page, target: Locator, most = 150): Promise<void> {
  for (let press = 0; press <= most; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      const ring = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        return [focused, focused.closest('label')].some((element) => {
          if (!element) return false;
          const style = getComputedStyle(element);
          return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
        });
      });
      expect(ring, 'a visible focus ring').toBe(true);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Replaces what a focused field holds with `text`. */
async function retype(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

async function next(page: Page, stage: string) {
  await tabTo(page, page.getByRole('button', { name: `Next: ${stage} →` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: stage, exact: true })).toBeVisible();
}

function stored(file: string, sql: string): unknown[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

const PRACTICES = [
  'Reward initiative, not just outcomes',
  'Share information freely',
  'Model humility',
  'Focus on influence, not control',
];
const CARDS = ['Release dates slipped twice', 'Nobody knew the release dates', 'Leads spoke first'];

test('a whole retro runs from the keyboard alone, with the focus always in sight', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;

  // A team and a retro.
  await tabTo(page, page.getByLabel('Team name'));
  await page.keyboard.type('Keyboard squad');
  await tabTo(page, page.getByLabel('Members (optional)'));
  await page.keyboard.type('Ana\nBen\nChioma');
  await tabTo(page, page.getByRole('button', { name: 'Create team' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard squad' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'New retro' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('dialog').getByLabel('Title'));
  await retype(page, 'Keyboard retro');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard retro' })).toBeVisible();

  // Check-in, then the → shortcut passes over the skipped Review.
  await tabTo(page, page.getByRole('button', { name: 'Save participants' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('3 people taking part by name.')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 2, name: 'Pulse', exact: true })).toBeVisible();

  // Pulse: a tally per practice, then the reveal.
  for (const practice of PRACTICES) {
    const form = page.getByRole('form', { name: practice });
    await tabTo(page, form.getByLabel(`Tally for ${practice}: people who gave 4`));
    await retype(page, '3');
    await tabTo(page, form.getByRole('button', { name: 'Save tally' }));
    await page.keyboard.press('Enter');
    await expect(form.getByText('Saved: 3 counted')).toBeVisible();
  }
  await tabTo(page, page.getByRole('button', { name: 'Reveal ratings' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide ratings again' })).toBeVisible();

  // Reflect: three cards typed in, Enter adding each; then the reveal.
  await next(page, 'Reflect');
  await tabTo(page, page.getByLabel('Card text'));
  for (const text of CARDS) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `Delete card: ${text}` })).toBeVisible();
  }
  const reveal = page.getByRole('button', { name: 'Reveal all cards (3)' });
  if (await reveal.count()) {
    await tabTo(page, reveal);
    await page.keyboard.press('Enter');
    await expect(reveal).toBeHidden();
  }

  // Recognize: the outcome chosen with the arrow keys.
  await next(page, 'Recognize');
  await tabTo(page, page.getByLabel('What did they do?'));
  await page.keyboard.type('Tried a shared build cache');
  await tabTo(page, page.getByLabel('Who'));
  await page.keyboard.type('Ben');
  await tabTo(page, page.getByRole('radio', { name: 'Worked out' }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Did not work out' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Add kudos' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /Kudos so far/ })).toContainText('Ben');

  // Group & vote: a card carried onto another with the keyboard, then dots typed in.
  await next(page, 'Group & vote');
  await tabTo(page, page.getByRole('button', { name: `Move card: ${CARDS[1]}` }));
  await page.keyboard.press('Space');
  const spoken = page.locator('[id^="DndLiveRegion"]');
  for (const key of ['ArrowLeft', 'ArrowUp', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'ArrowRight']) {
    if ((await spoken.textContent())?.includes(`Over the card “${CARDS[0]}”`)) break;
    await page.keyboard.press(key);
  }
  await page.keyboard.press('Space');
  const groups = page.getByRole('list', { name: 'Groups' });
  await expect(groups.getByRole('heading', { name: 'Release dates' })).toBeVisible();
  await tabTo(page, page.getByLabel('Dots for Release dates'));
  await retype(page, '5');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel(`Dots for ${CARDS[2]}`));
  await retype(page, '4');
  await page.keyboard.press('Enter');
  await expect(page.getByText('9 of 9 dots placed')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Show results on the shared screen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('The results are showing on the shared screen.')).toBeVisible();

  // Act: a circle, an action for the top item, a commitment.
  await next(page, 'Act');
  await tabTo(
    page,
    page.getByRole('group', { name: 'Circle for Release dates' }).getByRole('radio').first(),
  );
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'In our control' }).first()).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Add action for Release dates' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Action', { exact: true })).toBeFocused();
  await page.keyboard.type('Post release dates in the channel');
  await tabTo(page, page.getByLabel('Owner'));
  await page.keyboard.type('Ana');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: /Delete action: Post release dates/ }),
  ).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Write a commitment for Chioma' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Commitment', { exact: true })).toBeFocused();
  await page.keyboard.type('I will write the release notes myself');
  await tabTo(page, page.getByRole('button', { name: 'Add commitment' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Chioma: “I will write the release notes myself”')).toBeVisible();

  // Close: ROTI, summary, the confirmation.
  await next(page, 'Close');
  const roti = page.getByRole('form', { name: 'ROTI tally' });
  await tabTo(page, roti.getByLabel('ROTI tally: people who gave 5'));
  await retype(page, '3');
  await tabTo(page, roti.getByRole('button', { name: 'Save tally' }));
  await page.keyboard.press('Enter');
  await expect(roti.getByText('Saved: 3 counted')).toBeVisible();
  await tabTo(page, page.getByLabel('Session summary'));
  await page.keyboard.type('Release dates go to the channel from now on.');
  await tabTo(page, page.getByRole('button', { name: 'Close session' }));
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Close this session?' });
  await tabTo(page, confirm.getByRole('button', { name: 'Close and make read-only' }));
  await snap(page, 'keyboard-close-confirmation');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Reopen session' })).toBeVisible();

  // The dashboard's charts open as tables from the keyboard.
  await tabTo(page, page.getByRole('link', { name: 'Keyboard squad' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'Dashboard' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('At a glance')).toContainText('1 action, 1 commitment');
  const trend = page.getByRole('region', { name: 'Pulse in this retro' });
  await tabTo(page, trend.getByRole('button', { name: 'Show table' }));
  await page.keyboard.press('Enter');
  await expect(trend.getByRole('table')).toBeVisible();
  await snap(page, 'keyboard-dashboard-table');

  const file = app.databaseFile;
  expect(stored(file, 'SELECT status, summary FROM sessions')).toEqual([
    { status: 'closed', summary: 'Release dates go to the channel from now on.' },
  ]);
  expect(stored(file, 'SELECT COUNT(*) AS n FROM pulse_ratings')).toEqual([{ n: 12 }]);
  expect(stored(file, 'SELECT title FROM card_groups')).toEqual([{ title: 'Release dates' }]);
  expect(stored(file, 'SELECT SUM(dots) AS dots FROM votes')).toEqual([{ dots: 9 }]);
  expect(stored(file, 'SELECT outcome FROM kudos')).toEqual([{ outcome: 'did_not_work' }]);
  expect(stored(file, 'SELECT owner FROM actions')).toEqual([{ owner: 'Ana' }]);
  expect(stored(file, 'SELECT person FROM commitments')).toEqual([{ person: 'Chioma' }]);
  expect(stored(file, 'SELECT COUNT(*) AS n FROM roti_ratings')).toEqual([{ n: 3 }]);
});
