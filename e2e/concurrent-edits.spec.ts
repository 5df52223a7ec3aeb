import type { Page } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from './fixtures';
import { snap } from './screens';

function stored(databaseFile: string, column: 'notes' | 'summary'): string {
  const db = new BetterSqlite3(databaseFile, { readonly: true });
  try {
    return db.prepare(`SELECT ${column} FROM sessions`).pluck().get() as string;
  } finally {
    db.close();
  }
}

async function startRetro(page: Page): Promise<string> {
  await page.getByLabel('Team name').fill('Checkout squad');
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.getByRole('button', { name: 'New retro' }).click();
  await page.getByLabel('Title').fill('Sprint 12 retro');
  await page.getByRole('button', { name: 'Start retro' }).click();
  await expect(page.getByRole('heading', { name: 'Sprint 12 retro', level: 1 })).toBeVisible();
  return new URL(page.url()).hash.slice(1);
}

test('two windows editing the same summary: the second is told, keeps its words and chooses', async ({
  app,
}) => {
  const { page } = app;
  const route = await startRetro(page);
  await page.getByRole('button', { name: 'Go to Close' }).click();
  await expect(page.getByLabel('Session summary')).toBeVisible();
  // The second window opens on the stage the session is at: Close.
  const second = await app.openSecondView(route);

  const mine = page.getByLabel('Session summary');
  const theirs = second.getByLabel('Session summary');
  // The second window starts typing, then the console writes and saves its own summary.
  await theirs.fill('From the second window: we shipped on time.');
  await mine.fill('From the console: the release slipped a day.');
  await mine.blur();
  await expect
    .poll(() => stored(app.databaseFile, 'summary'))
    .toBe('From the console: the release slipped a day.');

  // Saving the second window's older copy does not replace the console's words.
  await theirs.blur();
  const notice = second.getByRole('alert').filter({ hasText: 'The summary was changed' });
  await expect(notice).toBeVisible();
  await expect(notice.getByLabel('Saved text')).toHaveText(
    'From the console: the release slipped a day.',
  );
  await expect(theirs).toHaveValue('From the second window: we shipped on time.');
  expect(stored(app.databaseFile, 'summary')).toBe('From the console: the release slipped a day.');
  await snap(second, 'concurrent-summary-conflict');

  // Choosing to keep it saves the second window's text over the newer one, knowingly.
  await notice.getByRole('button', { name: 'Save my text instead' }).click();
  await expect(notice).toBeHidden();
  await expect
    .poll(() => stored(app.databaseFile, 'summary'))
    .toBe('From the second window: we shipped on time.');
  await expect(mine).toHaveValue('From the second window: we shipped on time.');
});

test('two windows editing the same notes: typed notes are never replaced unseen', async ({
  app,
}) => {
  const { page } = app;
  const route = await startRetro(page);
  const second = await app.openSecondView(route);
  // The second window's autosave waits on its clock, so its edit is still unsaved when the
  // console saves: the two edits overlap, as when two people type at once.
  await second.clock.install();
  const mine = page.getByRole('textbox', { name: 'Facilitator notes' });
  const theirs = second.getByRole('textbox', { name: 'Facilitator notes' });

  await theirs.fill('Ask Ben about the flaky test.');
  await mine.fill('Dana joins as a guest.');
  await mine.blur();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect.poll(() => stored(app.databaseFile, 'notes')).toBe('Dana joins as a guest.');

  await second.clock.runFor(1_000);
  const notice = second.getByRole('alert').filter({ hasText: 'These notes were changed' });
  await expect(notice).toBeVisible();
  await expect(notice.getByLabel('Saved text')).toHaveText('Dana joins as a guest.');
  await expect(theirs).toHaveValue('Ask Ben about the flaky test.');
  await expect(second.getByText('Not saved', { exact: true })).toBeVisible();
  expect(stored(app.databaseFile, 'notes')).toBe('Dana joins as a guest.');

  // Taking the saved text replaces the draft only because the user chose it.
  await notice.getByRole('button', { name: 'Use the saved text' }).click();
  await expect(theirs).toHaveValue('Dana joins as a guest.');
  await expect(notice).toBeHidden();
  expect(stored(app.databaseFile, 'notes')).toBe('Dana joins as a guest.');
});
