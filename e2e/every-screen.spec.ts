import type { Page } from '@playwright/test';
import { type StageId, stageById } from '../src/shared/stages';
import { call } from './api';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { snap } from './screens';

// Every screen of the app, visited once with the sample team's history and a retro in progress:
// each passes axe-core with no serious or critical violation, and writes dates and numbers in
// the app's one format ("19 May 2026", "3.17"), never as stored ("2026-05-19", "3.1666").

const STORED_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const RAW_NUMBER = /\b\d+\.\d{3,}\b|\bNaN\b|\bundefined\b/;

/** What a reader sees on the page, checked for stray formats, then checked with axe. */
async function checkScreen(page: Page, screen: string) {
  // Each piece of text apart, so neighbours such as "5.0" and "1" never run into "5.01".
  const text = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const pieces: string[] = [];
    while (walker.nextNode()) pieces.push(walker.currentNode.nodeValue ?? '');
    return pieces.join(' ');
  });
  expect(text.match(STORED_DATE)?.[0], `a stored date on ${screen}`).toBeUndefined();
  expect(text.match(RAW_NUMBER)?.[0], `a raw number on ${screen}`).toBeUndefined();
  await expectAccessible(page, screen);
}

async function go(page: Page, hash: string) {
  await page.evaluate((route) => {
    window.location.hash = route;
  }, hash);
}

interface Ids {
  teamId: string;
  sessionId: string;
  closedId: string;
}

/** A retro of the sample team with something in every stage, its Review holding open items. */
async function retroInProgress(page: Page, teamId: string): Promise<Ids> {
  const sessions = await call<{ id: string; status: string }[]>(page, 'sessions.list', { teamId });
  const closedId = sessions.find((s) => s.status === 'closed')?.id as string;
  const { id: sessionId } = await call<{ id: string }>(page, 'sessions.create', {
    teamId,
    title: 'Accessibility retro',
  });
  await call(page, 'participants.set', { sessionId, mode: 'anonymous', count: 4 });
  await call(page, 'pulse.setTally', {
    sessionId,
    practiceId: 'model-humility',
    counts: [0, 1, 1, 1, 1],
  });
  await call(page, 'pulse.reveal', { sessionId, revealed: true });
  const cards: string[] = [];
  for (const text of [
    'Release dates slipped',
    'Nobody knew the release dates',
    'Leads spoke first',
  ]) {
    const card = await call<{ id: string }>(page, 'cards.add', {
      sessionId,
      practiceId: 'share-information',
      kind: 'to_improve',
      text,
    });
    cards.push(card.id);
  }
  await call(page, 'cards.revealAll', { sessionId });
  await call(page, 'kudos.add', {
    sessionId,
    act: 'Tried a shared build cache',
    who: 'Ana',
    outcome: 'did_not_work',
  });
  await call(page, 'groups.create', {
    sessionId,
    title: 'Release dates',
    cardIds: cards.slice(0, 2),
  });
  await call(page, 'votes.setTally', {
    sessionId,
    item: { kind: 'card', id: cards[2] },
    dots: 3,
  });
  await call(page, 'votes.reveal', { sessionId, revealed: true });
  await call(page, 'actions.add', {
    sessionId,
    title: 'Post release dates in the channel',
    owner: 'Ana',
    dueDate: '2027-01-15',
    practiceId: 'share-information',
    circle: 'control',
    item: null,
  });
  await call(page, 'commitments.add', {
    sessionId,
    participantId: null,
    person: 'Ben',
    text: 'I will run the next demo myself',
  });
  await call(page, 'roti.setTally', { sessionId, counts: [0, 0, 1, 2, 1] });
  return { teamId, sessionId, closedId };
}

test('every screen passes the accessibility checks and writes dates and numbers one way', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await expect(page.getByRole('heading', { name: /Run retros that grow ownership/ })).toBeVisible();
  await checkScreen(page, 'the first-run home');

  await page.getByRole('button', { name: 'Load sample team' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Pulse trend' })).toBeVisible();
  // A chart below the fold is drawn once scrolled to: bring each into view, so all are checked.
  for (const figure of await page.locator('figure[aria-label$=" chart"]').all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('.recharts-surface').first()).toBeVisible();
  }
  await checkScreen(page, 'the dashboard');
  const teamId = new URL(page.url()).hash.split('/')[2] as string;
  const ids = await retroInProgress(page, teamId);

  await go(page, '/');
  await expect(page.getByRole('list', { name: 'Active teams' })).toBeVisible();
  await checkScreen(page, 'the team list');
  await go(page, `/teams/${teamId}`);
  await expect(page.getByRole('button', { name: 'New retro' })).toBeVisible();
  await checkScreen(page, 'the team page');
  await page.getByRole('button', { name: 'New retro' }).click();
  const dialog = page.getByRole('dialog', { name: 'New retro' });
  await expect(dialog.getByLabel('Title')).not.toHaveValue(STORED_DATE);
  await checkScreen(page, 'the new retro dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await go(page, `/teams/${teamId}/template`);
  await expect(page.getByRole('heading', { level: 1, name: 'Retro template' })).toBeVisible();
  await checkScreen(page, 'the retro template');
  await go(page, '/overview');
  await expect(page.getByRole('table', { name: 'Teams and practices' })).toBeVisible();
  await checkScreen(page, 'the overview');
  // Every rated cell says its mean in numbers, not by colour alone.
  for (const cell of await page.locator('a.overview-cell').all()) {
    await expect(cell.locator('.overview-mean')).toHaveText(/^\d\.\d\d$/);
  }
  await snap(page, 'overview-scale');
  await go(page, '/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings and data' })).toBeVisible();
  await checkScreen(page, 'the settings');

  for (const [route, screen] of [
    [`/report/session/${ids.closedId}`, 'a retro report'],
    [`/report/team/${teamId}?last=10`, 'the team report'],
  ] as const) {
    await go(page, route);
    await expect(page.locator('[data-report-state="ready"]')).toBeVisible({ timeout: 20_000 });
    await checkScreen(page, screen);
  }
  const markdown = await call<{ text: string }>(page, 'reports.sessionMarkdown', {
    sessionId: ids.closedId,
    anonymise: false,
  });
  expect(
    markdown.text.match(STORED_DATE)?.[0],
    'a stored date in the Markdown report',
  ).toBeUndefined();

  // The console and the shared screen at every stage of a retro in progress.
  await go(page, `/sessions/${ids.sessionId}`);
  const shared = await app.openSecondView(`/present/${ids.sessionId}`);
  const view = await call<{ stages: { id: StageId; skipped: boolean }[] }>(page, 'sessions.get', {
    sessionId: ids.sessionId,
  });
  for (const stage of view.stages.filter((s) => !s.skipped)) {
    await call(page, 'sessions.goToStage', { sessionId: ids.sessionId, stageId: stage.id });
    const { title } = stageById(stage.id);
    await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
    await expect(shared.locator('.present-stage')).toContainText(title);
    await checkScreen(page, `the console at ${title}`);
    await checkScreen(shared, `the shared screen at ${title}`);
  }
});
