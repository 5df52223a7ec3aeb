import type { Locator, Page } from '@playwright/test';
import { call } from './api';
import { measureFit } from './fit';
import { expect, test } from './fixtures';
import { snap } from './screens';

// "What the trend says" where users meet it: the dashboard's opening panel with links to the
// charts, the leads' overview, a retro's Reflect and Close stages and the shared screen.

const SAMPLE_TEAM = 'Sample team: Northwind Platform';

interface Insight {
  ruleId: string;
  level: 'attention' | 'discuss' | 'good';
  sentence: string;
  chartId: string;
  figures: { key: string; label: string; value: number }[];
}
interface TeamInsights {
  retrosRead: number;
  notEnoughData: string | null;
  insights: Insight[];
  focus: { practiceId: string; reason: string } | null;
}

async function loadSample(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Load sample team' }).click();
  await expect(page.getByRole('heading', { name: SAMPLE_TEAM, level: 1 })).toBeVisible();
  const [team] = await call<{ id: string; isSample: boolean }[]>(page, 'teams.list', {});
  return team?.id ?? '';
}

/** Three closed retros in which humility is rated lowest each time: one insight needs attention. */
async function stuckTeam(page: Page, name: string): Promise<string> {
  const team = await call<{ id: string }>(page, 'teams.create', { name });
  for (const date of ['2026-03-02', '2026-03-16', '2026-03-30']) {
    const { id } = await call<{ id: string }>(page, 'sessions.create', {
      teamId: team.id,
      title: `Retro of ${date}`,
      date,
    });
    await call(page, 'participants.set', { sessionId: id, mode: 'anonymous', count: 5 });
    for (const [practiceId, counts] of [
      ['reward-initiative', [0, 0, 2, 3, 0]],
      ['share-information', [0, 0, 2, 3, 0]],
      ['model-humility', [0, 3, 2, 0, 0]],
      ['influence-not-control', [0, 0, 2, 3, 0]],
    ] as const) {
      await call(page, 'pulse.setTally', { sessionId: id, practiceId, counts });
    }
    await call(page, 'kudos.add', {
      sessionId: id,
      act: 'Fixed the build',
      who: 'a teammate',
      outcome: 'worked',
    });
    await call(page, 'sessions.close', { sessionId: id });
  }
  return team.id;
}

/** Whether the element's box lies within the viewport. */
const inView = (locator: Locator) => expect(locator).toBeInViewport({ ratio: 0.3 });

test('the dashboard opens with what the trend says, and each insight leads to its chart', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const teamId = await loadSample(page);
  const trend = await call<TeamInsights>(page, 'insights.team', { teamId, lastN: 10 });
  expect(trend.insights.length).toBeGreaterThanOrEqual(3);

  const panel = page.getByRole('region', { name: 'What the trend says' });
  await expect(panel).toBeVisible();
  // Needs attention first, then worth discussing, then going well; each sentence shown.
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText([
    'Needs attention',
    'Worth discussing',
    'Going well',
  ]);
  const attention = panel.getByRole('region', { name: 'Needs attention' });
  const wanted = trend.insights.filter((insight) => insight.level === 'attention');
  await expect(attention.locator('.insight-sentence')).toHaveText(
    wanted.map((insight) => insight.sentence),
  );
  for (const insight of trend.insights) {
    await expect(panel.getByText(insight.sentence, { exact: true })).toBeVisible();
  }
  // The numbers behind the fall in information sharing, each with its label.
  const fall = trend.insights.find((insight) => insight.ruleId === 'practice-falling');
  const fallItem = panel.getByRole('listitem').filter({ hasText: fall?.sentence ?? '' });
  await expect(fallItem.getByRole('term')).toHaveText(fall?.figures.map((f) => f.label) ?? []);
  await expect(fallItem.getByRole('definition').nth(2)).toHaveText(/^−\d\.\d\d$/);
  await expect(panel).toContainText('from the 10 closed retros shown');
  await snap(page, 'dashboard-trend-1280x800');

  // The link under the fall opens the pulse trend: scrolled into view, with the focus on it.
  await fallItem.getByRole('link', { name: 'See the chart: Pulse trend' }).click();
  const pulse = page.getByRole('region', { name: 'Pulse trend', exact: true });
  await expect(pulse).toBeFocused();
  await inView(pulse);
  await expect(page).toHaveURL(new RegExp(`#/teams/${teamId}/dashboard/pulse-trend$`));
  await snap(page, 'dashboard-trend-link-pulse');

  // The split on initiative leads to the rating split, further down the page.
  await page.evaluate(() => window.scrollTo(0, 0));
  const split = panel
    .getByRole('listitem')
    .filter({ hasText: 'The team is split on' })
    .getByRole('link', { name: 'See the chart: How the ratings split' });
  await split.click();
  const distribution = page.getByRole('region', { name: 'How the ratings split', exact: true });
  await expect(distribution).toBeFocused();
  await inView(distribution);

  // Opened from its address alone (a reload), the page lands on the chart too.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate((id) => {
    window.location.hash = `/teams/${id}/dashboard/follow-through`;
  }, teamId);
  const followThrough = page.getByRole('region', { name: 'Follow-through', exact: true });
  await expect(followThrough).toBeFocused();
  await inView(followThrough);

  // The panel follows the dashboard's filter.
  await page.getByLabel('Retros to show').selectOption({ label: 'Last 5 retros' });
  await expect(panel).toContainText('from the 5 closed retros shown');
  const five = await call<TeamInsights>(page, 'insights.team', { teamId, lastN: 5 });
  await expect(panel.locator('.insight-sentence')).toHaveText(
    five.insights.map((insight) => insight.sentence),
  );
});

test('the overview lists the teams whose insights need attention, most first', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  const sampleId = await loadSample(page);
  const stuckId = await stuckTeam(page, 'Checkout squad');
  await call(page, 'teams.create', { name: 'Payments' });
  const sample = await call<TeamInsights>(page, 'insights.team', { teamId: sampleId });
  const stuck = await call<TeamInsights>(page, 'insights.team', { teamId: stuckId });
  const count = (trend: TeamInsights) =>
    trend.insights.filter((insight) => insight.level === 'attention').length;
  expect(count(sample)).toBeGreaterThan(count(stuck));

  await page.getByRole('link', { name: 'Overview' }).click();
  const list = page.getByRole('list', { name: 'Teams with insights that need attention' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const [first, second] = [list.getByRole('listitem').nth(0), list.getByRole('listitem').nth(1)];
  await expect(first).toContainText(SAMPLE_TEAM);
  await expect(first).toContainText(`${count(sample)} insights need attention`);
  await expect(first).toContainText(sample.insights[0]?.sentence ?? '');
  await expect(second).toContainText('Checkout squad');
  await expect(second).toContainText('1 insight needs attention');
  await expect(second).toContainText(stuck.insights[0]?.sentence ?? '');
  await expect(page.getByText('Nothing needs attention in 1 other team.')).toBeVisible();
  await snap(page, 'overview-attention-1280x800');

  // A team's link opens its dashboard at the insights panel.
  await second.getByRole('link', { name: 'Checkout squad' }).click();
  const panel = page.getByRole('region', { name: 'What the trend says' });
  await expect(panel).toBeFocused();
  await expect(panel).toContainText(stuck.insights[0]?.sentence ?? '');
  await expect(page).toHaveURL(new RegExp(`#/teams/${stuckId}/dashboard/insights$`));
});

test('a retro reflects on the suggested focus first and closes with the trend, shown on the screen only when chosen', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const teamId = await loadSample(page);
  const { id: sessionId } = await call<{ id: string }>(page, 'sessions.create', {
    teamId,
    title: 'Sprint 27 retro',
  });
  await call(page, 'participants.set', { sessionId, mode: 'anonymous', count: 5 });
  const view = await call<{ focus: TeamInsights['focus']; reflectOrder: string[] }>(
    page,
    'sessions.get',
    { sessionId },
  );
  expect(view.focus?.practiceId).toBe('model-humility');
  await call(page, 'sessions.update', { sessionId, notes: 'PRIVATE: Bao looked tired' });

  await page.evaluate((id) => {
    window.location.hash = `/sessions/${id}`;
  }, sessionId);
  const screen = await app.openSecondView(`/present/${sessionId}`);
  await screen.setViewportSize({ width: 1920, height: 1080 });

  // Reflect: the suggested focus and why, its practice first, on the console and the screen.
  await page.getByRole('button', { name: 'Go to Reflect' }).click();
  await expect(page.getByRole('heading', { name: 'Reflect', level: 2, exact: true })).toBeVisible();
  const because = `Suggested focus: Model humility, because “Model humility” has been the team’s lowest-rated practice`;
  await expect(page.getByText(because)).toBeVisible();
  await expect(page.locator('.reflect-practice-title').first()).toContainText('Model humility');
  await expect(page.locator('.reflect-practice-title').first()).toContainText('Suggested focus');
  await expect(screen.getByText(because)).toBeVisible();
  await expect(screen.locator('.rs-practice h2').first()).toHaveText('Model humility');
  await snap(page, 'reflect-focus');
  await snap(screen, 'present-reflect-focus-1920x1080');

  // Close: the trend as of this retro, for the facilitator alone until shown.
  await page.getByRole('button', { name: 'Go to Close' }).click();
  const trend = await call<TeamInsights>(page, 'insights.session', { sessionId });
  const close = page.getByRole('region', { name: 'What the trend says' });
  for (const insight of trend.insights) {
    await expect(close.getByText(insight.sentence, { exact: true })).toBeVisible();
  }
  await expect(close.getByRole('status')).toHaveText(
    'Only you see these until you show them on the shared screen.',
  );
  await expect(
    screen.getByRole('heading', { name: 'Was this retro worth your time?' }),
  ).toBeVisible();
  const onScreen = screen.getByRole('region', { name: 'What the trend says' });
  await expect(onScreen).toHaveCount(0);
  await close.evaluate((section) => section.scrollIntoView({ block: 'start' }));
  await snap(page, 'close-trend');

  await close.getByRole('button', { name: 'Show on the shared screen' }).click();
  await expect(close.getByRole('status')).toHaveText('The team sees these on the shared screen.');
  await expect(onScreen).toBeVisible();
  // The most pressing four, and how many more the team report has.
  expect(trend.insights.length).toBeGreaterThan(4);
  for (const insight of trend.insights.slice(0, 4)) {
    await expect(onScreen.getByText(insight.sentence, { exact: true })).toBeVisible();
  }
  await expect(onScreen.getByText(trend.insights[4]?.sentence ?? '')).toHaveCount(0);
  await expect(onScreen).toContainText(
    `and ${trend.insights.length - 4} more insights in the team report`,
  );
  await expect(onScreen).toContainText('Suggested focus for the next retro:');
  await expect(screen.locator('body')).not.toContainText('PRIVATE');
  // A projector cannot scroll: the trend takes the screen and all of it fits.
  const fit = await measureFit(screen);
  expect([...fit.outside, ...fit.tooSmall]).toEqual([]);
  expect(fit.page).toEqual(fit.viewport);
  await snap(screen, 'present-close-trend-1920x1080');

  await close.getByRole('button', { name: 'Hide from the shared screen' }).click();
  await expect(onScreen).toHaveCount(0);
  await screen.close();
});
