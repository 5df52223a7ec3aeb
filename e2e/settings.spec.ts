import { readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { call } from './api';
import { expect, test } from './fixtures';
import { snap } from './screens';

function teamNames(databaseFile: string): string[] {
  const db = new BetterSqlite3(databaseFile, { readonly: true });
  try {
    return db.prepare('SELECT name FROM teams ORDER BY name').pluck().all() as string[];
  } finally {
    db.close();
  }
}

test('a backup made by hand restores the workspace as it was', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Team name').fill('Platform');
  await page.getByRole('button', { name: 'Create team' }).click();
  // Creating a team opens its page; going to Settings before that lands would be undone by it.
  await expect(page.getByRole('heading', { name: 'Platform', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  const restore = page.getByRole('button', { name: /^Restore the backup from .*made by hand/ });
  await expect(restore).toHaveCount(1);

  await page.getByRole('link', { name: 'Threadline home' }).click();
  await page.getByRole('button', { name: 'Rename Platform' }).click();
  await page.getByRole('dialog').getByLabel('Team name').fill('Platform renamed');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect.poll(() => teamNames(app.databaseFile)).toEqual(['Platform renamed']);

  await page.getByRole('link', { name: 'Settings' }).click();
  await restore.click();
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('button', { name: /before a restore/ })).toHaveCount(1);
  await snap(page, 'settings-after-restore');
  expect(teamNames(app.databaseFile)).toEqual(['Platform']);
});

test('a workspace export imports back, with a name clash resolved by renaming', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Team name').fill('Mobile');
  await page.getByRole('button', { name: 'Create team' }).click();
  // Creating a team opens its page; going to Settings before that lands would be undone by it.
  await expect(page.getByRole('heading', { name: 'Mobile', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export workspace' }).click(),
  ]);
  const file = test.info().outputPath('workspace.json');
  await download.saveAs(file);

  await page.getByLabel('Import from file').setInputFiles(file);
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('An active team here is already called “Mobile”.');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Import report' })).toContainText(
    'Import finished',
  );
  expect(teamNames(app.databaseFile)).toEqual(['Mobile', 'Mobile (imported)']);
});

test('a file that is not a Threadline export is refused and nothing is written', async ({
  app,
}) => {
  const { page } = app;
  await page.getByLabel('Team name').fill('Data');
  await page.getByRole('button', { name: 'Create team' }).click();
  // Creating a team opens its page; going to Settings before that lands would be undone by it.
  await expect(page.getByRole('heading', { name: 'Data', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Import from file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"threadline-export","version":99,"teams":[]}'),
  });
  await expect(page.getByRole('alert').first()).toContainText('version 99');
  expect(teamNames(app.databaseFile)).toEqual(['Data']);
});

test('an export leaves facilitator notes out unless asked, and its file and preview say so', async ({
  app,
}) => {
  const { page } = app;
  await page.getByLabel('Team name').fill('Payments');
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page.getByRole('heading', { name: 'Payments', level: 1 })).toBeVisible();
  const teams = await call<{ id: string }[]>(page, 'teams.list', {});
  const { id: sessionId } = await call<{ id: string }>(page, 'sessions.create', {
    teamId: teams[0]?.id,
    title: 'Sprint 4 retro',
  });
  await call(page, 'sessions.update', { sessionId, notes: 'Secret: Ben seems unhappy' });
  await page.getByRole('link', { name: 'Settings' }).click();

  const exported = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export workspace' }).click(),
    ]);
    const file = test.info().outputPath(name);
    await download.saveAs(file);
    return { file, text: readFileSync(file, 'utf8') };
  };
  const notesBox = page.getByRole('checkbox', { name: 'Include facilitator notes' });
  await expect(notesBox).not.toBeChecked();
  const without = await exported('without-notes.json');
  expect(JSON.parse(without.text).facilitatorNotes).toBe('left-out');
  expect(without.text).not.toContain('Secret');
  await expect(page.getByRole('status')).toContainText('Facilitator notes were left out.');

  await notesBox.check();
  const withNotes = await exported('with-notes.json');
  expect(JSON.parse(withNotes.text).facilitatorNotes).toBe('included');
  expect(withNotes.text).toContain('Secret: Ben seems unhappy');
  await expect(page.getByRole('status')).toContainText('It includes facilitator notes.');

  const preview = page.getByRole('region', { name: 'Import preview' });
  await page.getByLabel('Import from file').setInputFiles(without.file);
  await expect(preview).toContainText('Facilitator notes: left out of this file.');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await page.getByLabel('Import from file').setInputFiles(withNotes.file);
  await expect(preview).toContainText('Facilitator notes: included, for 1 retro.');
});
