import type { Locator, Page } from '@playwright/test';
import { call } from './api';
import { expect, test } from './fixtures';
import { snap } from './screens';

const CARDS = [
  'Release dates lived in one person’s head',
  'Nobody knew the release dates until the day before',
  'Roadmap changes reached us last',
  'The freeze was announced in a private chat',
  'Support heard about the outage from customers',
  'Leads asked juniors first in design review',
];

/** A retro of five people with the cards above revealed, open at Group & vote. */
async function boardRetro(page: Page): Promise<string> {
  const team = await call<{ id: string }>(page, 'teams.create', { name: 'Checkout', members: [] });
  const { id } = await call<{ id: string }>(page, 'sessions.create', {
    teamId: team.id,
    title: 'Board retro',
  });
  await call(page, 'participants.set', { sessionId: id, mode: 'anonymous', count: 5 });
  for (const text of CARDS) {
    await call(page, 'cards.add', {
      sessionId: id,
      practiceId: 'share-information',
      kind: 'to_improve',
      text,
    });
  }
  await call(page, 'cards.revealAll', { sessionId: id });
  await call(page, 'sessions.goToStage', { sessionId: id, stageId: 'group-vote' });
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `/sessions/${id}`);
  await expect(page.getByRole('heading', { name: 'Group & vote', level: 2 })).toBeVisible();
  return id;
}

const handle = (page: Page, text: string) =>
  page.getByRole('button', { name: `Move card: ${text}` });

/** Drags with the mouse, in small steps as a hand does, so the board sees the move. */
async function drag(page: Page, from: Locator, to: Locator) {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('nothing to drag or nowhere to drop');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 12, start.y + start.height / 2, { steps: 4 });
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** What the board last read out while a card was moved with the keyboard. */
const spoken = (page: Page) => page.locator('[id^="DndLiveRegion"]');

test('one compact board: each card once, grouped by suggestion, by mouse and by keyboard', async ({
  app,
}) => {
  const { page } = app;
  const sessionId = await boardRetro(page);
  const stage = page.getByRole('main', { name: 'Group & vote' });
  for (const text of CARDS) {
    await expect(stage.getByText(text, { exact: true }).filter({ visible: true })).toHaveCount(1);
  }

  // A suggestion: the two cards that share "release dates".
  await expect(page.getByText('2 cards share “Release”, “dates”')).toBeVisible();
  await page.getByRole('button', { name: 'Group as “Release dates”' }).click();
  const groups = page.getByRole('list', { name: 'Groups' });
  await expect(groups).toContainText('Release dates');
  await expect(groups).toContainText('2 cards · 0 dots');

  // The mouse: a card dropped on another card groups the two.
  await drag(page, handle(page, CARDS[3] as string), page.getByText(CARDS[2] as string));
  await expect(groups.getByRole('heading', { name: CARDS[2] })).toBeVisible();
  await expect(page.getByRole('list', { name: `Cards in ${CARDS[2]}` })).toContainText(
    CARDS[3] as string,
  );

  // The keyboard: pick the card up, arrow to the group, drop it there.
  await handle(page, CARDS[4] as string).focus();
  await page.keyboard.press('Space');
  await expect(handle(page, CARDS[4] as string)).toHaveAttribute('aria-pressed', 'true');
  for (let step = 0; step < 8; step += 1) {
    if ((await spoken(page).textContent())?.includes('Over the group “Release dates”')) break;
    await page.keyboard.press(step < 4 ? 'ArrowUp' : 'ArrowLeft');
  }
  await page.keyboard.press('Space');
  await expect(spoken(page)).toContainText('Dropped on the group “Release dates”');
  await expect(page.getByRole('list', { name: 'Cards in Release dates' })).toContainText(
    CARDS[4] as string,
  );
  await snap(page, 'group-vote-board');

  const stored = await call<{ groups: { title: string; cardIds: string[] }[] }>(
    page,
    'sessions.get',
    { sessionId },
  );
  expect(stored.groups.map((group) => [group.title, group.cardIds.length])).toEqual([
    ['Release dates', 3],
    [CARDS[2], 2],
  ]);
});

test('the revealed vote chart leaves out items without dots', async ({ app }) => {
  const { page } = app;
  const sessionId = await boardRetro(page);
  const screen = await app.openSecondView(`/present/${sessionId}`);
  const dots = async (title: string, value: number) => {
    await page.getByLabel(`Dots for ${title}`).fill(String(value));
    await page.getByLabel(`Dots for ${title}`).press('Enter');
  };
  await dots(CARDS[0] as string, 4);
  await dots(CARDS[5] as string, 2);
  await expect(page.getByText('6 of 15 dots placed')).toBeVisible();
  await page.getByRole('button', { name: 'Show results on the shared screen' }).click();

  const chart = screen.getByRole('region', { name: 'What the team voted for' });
  await expect(chart.getByRole('table')).toBeAttached();
  const rows = chart.getByRole('table').getByRole('row');
  await expect(rows).toHaveText([/Item\s*Dots/, `${CARDS[0]}4`, `${CARDS[5]}2`]);
  await snap(screen, 'present-group-vote-revealed');
});
