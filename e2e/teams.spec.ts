import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from './fixtures';
import { snap } from './screens';

function storedTeams(databaseFile: string) {
  const db = new BetterSqlite3(databaseFile, { readonly: true });
  try {
    return db
      .prepare('SELECT name, archived_at IS NOT NULL AS archived FROM teams ORDER BY name')
      .all();
  } finally {
    db.close();
  }
}

test('first run explains Threadline and creates the first team', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: /Run retros that grow ownership/ })).toBeVisible();
  await expect(page.getByText('Reward initiative, not just outcomes')).toBeVisible();
  await snap(page, 'home-empty');

  await page.getByLabel('Team name').fill('  Checkout squad  ');
  await page.getByLabel('Members (optional)').fill('Ana\nBen\n\nChioma');
  await page.getByRole('button', { name: 'Create team' }).click();

  await expect(page.getByRole('heading', { name: 'Checkout squad', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Members' }).getByRole('listitem')).toHaveText([
    /Ana/,
    /Ben/,
    /Chioma/,
  ]);
  expect(storedTeams(app.databaseFile)).toEqual([{ name: 'Checkout squad', archived: 0 }]);
});

test('create, rename, archive, unarchive and delete a team', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Team name').fill('Platform');
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.getByRole('link', { name: 'Teams' }).click();

  await page.getByRole('button', { name: 'New team' }).click();
  const dialog = page.getByRole('dialog', { name: 'New team' });
  await dialog.getByLabel('Team name').fill('Mobile');
  await dialog.getByRole('button', { name: 'Create team' }).click();
  // A team created from the list opens, ready for its first retro.
  await expect(page.getByRole('heading', { name: 'Mobile', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Teams' }).click();
  const active = page.getByRole('list', { name: 'Active teams' });
  await expect(active.getByRole('heading')).toHaveText(['Mobile', 'Platform']);
  await snap(page, 'home-teams');

  await page.getByRole('button', { name: 'Rename Mobile' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename Mobile' });
  await rename.getByLabel('Team name').fill('Mobile apps');
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(active.getByRole('heading')).toHaveText(['Mobile apps', 'Platform']);

  await page.getByRole('button', { name: 'Archive Platform' }).click();
  await expect(active.getByRole('heading')).toHaveText(['Mobile apps']);
  await page.getByLabel(/Show archived teams/).check();
  const archived = page.getByRole('list', { name: 'Archived teams' });
  await expect(archived.getByRole('heading')).toHaveText(['Platform']);
  expect(storedTeams(app.databaseFile)).toEqual([
    { name: 'Mobile apps', archived: 0 },
    { name: 'Platform', archived: 1 },
  ]);

  await archived.getByRole('button', { name: 'Unarchive Platform' }).click();
  await expect(active.getByRole('heading')).toHaveText(['Mobile apps', 'Platform']);

  await page.getByRole('button', { name: 'Delete Mobile apps' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Mobile apps?' });
  await expect(confirm).toContainText('cannot be undone');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(active.getByRole('heading')).toHaveText(['Mobile apps', 'Platform']);

  await page.getByRole('button', { name: 'Delete Mobile apps' }).click();
  await page.getByRole('button', { name: 'Delete team' }).click();
  await expect(active.getByRole('heading')).toHaveText(['Platform']);
  expect(storedTeams(app.databaseFile)).toEqual([{ name: 'Platform', archived: 0 }]);
});

test('a duplicate or empty name shows a message next to the field and stores nothing', async ({
  app,
}) => {
  const { page } = app;
  await page.getByLabel('Team name').fill('Data');
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.getByRole('link', { name: 'Teams' }).click();

  await page.getByRole('button', { name: 'New team' }).click();
  const dialog = page.getByRole('dialog', { name: 'New team' });
  const field = dialog.getByLabel('Team name');
  await field.fill('  DATA ');
  await dialog.getByRole('button', { name: 'Create team' }).click();
  await expect(field).toHaveAccessibleDescription('There is already an active team called “DATA”.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await snap(page, 'home-duplicate-name');

  await field.fill('   ');
  await dialog.getByRole('button', { name: 'Create team' }).click();
  await expect(field).toHaveAccessibleDescription('Give the team a name.');
  expect(storedTeams(app.databaseFile)).toEqual([{ name: 'Data', archived: 0 }]);
});

test('the member form fits its card at 1280 px, and a refusal goes once the roster changes', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByLabel('Team name').fill('Checkout squad');
  await page.getByLabel('Members (optional)').fill('Ana\nBen');
  await page.getByRole('button', { name: 'Create team' }).click();
  const field = page.getByLabel('Member name');
  await field.fill('Ana');
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(field).toHaveAccessibleDescription('“Ana” is already on this team.');

  const card = await page.locator('.roster').boundingBox();
  const button = await page.getByRole('button', { name: 'Add member' }).boundingBox();
  expect(card && button).toBeTruthy();
  if (card && button) expect(button.x + button.width).toBeLessThanOrEqual(card.x + card.width);
  await snap(page, 'team-member-refused');

  await page.getByRole('button', { name: 'Remove Ben' }).click();
  await expect(page.getByRole('list', { name: 'Members' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('is already on this team')).toBeHidden();
  await expect(field).not.toHaveAttribute('aria-invalid');
});

test('teams and members are still there after the app restarts', async ({ app }) => {
  await app.page.getByLabel('Team name').fill('Durable');
  await app.page.getByLabel('Members (optional)').fill('Ana');
  await app.page.getByRole('button', { name: 'Create team' }).click();
  await app.page.getByLabel('Member name').fill('Ben');
  await app.page.getByRole('button', { name: 'Add member' }).click();
  await expect(app.page.getByRole('list', { name: 'Members' }).getByRole('listitem')).toHaveCount(
    2,
  );

  await app.restart();
  const active = app.page.getByRole('list', { name: 'Active teams' });
  await expect(active.getByRole('listitem', { name: 'Durable' })).toContainText('Ana, Ben');
});
