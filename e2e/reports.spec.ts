import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Page } from '@playwright/test';

import { call } from './api';

import { expect, test } from './fixtures';
import { snap } from './screens';

// Longer than most specs: every report (session, team, the team's opening insights) is checked
// here in each format, through the same helpers for PDFs and downloads.

const OUT = 'test-results/reports';
/** Pages rendered to PNG for a person to look at. */
const PAGES = '/tmp/threadline-report-pages';

const MEMBERS = ['Zoë Ångström', 'Ben Okafor', 'Chioma', 'Devraj'];
const NAMES = ['Zoë', 'Ångström', 'Ben', 'Okafor', 'Chioma', 'Devraj', 'Fred'];

/** An earlier retro with one action, then a closed "Sprint 12" with everything a report shows. */
async function runRetros(page: Page): Promise<{ teamId: string; sessionId: string }> {
  const team = await call<{ id: string }>(page, 'teams.create', {
    name: 'Checkout squad',
    members: MEMBERS,
  });
  const earlier = await call<{ id: string }>(page, 'sessions.create', {
    teamId: team.id,
    title: 'Sprint 11',
    date: '2026-05-05',
  });
  await call(page, 'participants.set', { sessionId: earlier.id, mode: 'anonymous', count: 4 });
  const checklist = await call<{ id: string }>(page, 'actions.add', {
    sessionId: earlier.id,
    title: 'Pair Devraj with Ben on the release checklist',
    owner: 'Ben Okafor',
    dueDate: '2026-05-12',
    practiceId: 'share-information',
    circle: 'control',
    item: null,
  });
  await call(page, 'sessions.close', { sessionId: earlier.id });

  const { id: sessionId } = await call<{ id: string }>(page, 'sessions.create', {
    teamId: team.id,
    title: 'Sprint 12 retro',
    date: '2026-05-19',
  });
  await call(page, 'participants.set', {
    sessionId,
    mode: 'named',
    names: ['Zoë Ångström', 'Ben Okafor', 'Chioma'],
  });
  const tallies: [string, number[]][] = [
    ['reward-initiative', [0, 0, 1, 1, 1]],
    ['share-information', [0, 1, 2, 0, 0]],
    ['model-humility', [0, 0, 0, 3, 0]],
    ['influence-not-control', [1, 1, 1, 0, 0]],
  ];
  for (const [practiceId, counts] of tallies) {
    await call(page, 'pulse.setTally', { sessionId, practiceId, counts });
  }
  const card = (practiceId: string, kind: string, text: string) =>
    call<{ id: string }>(page, 'cards.add', { sessionId, practiceId, kind, text });
  const deploy = await card(
    'reward-initiative',
    'went_well',
    'Zoë fixed the flaky deploy, unasked',
  );
  const silo = await card(
    'share-information',
    'to_improve',
    'Release dates lived in Devraj’s head',
  );
  const roadmap = await card('share-information', 'to_improve', 'Roadmap changes reached us last');
  await card('model-humility', 'went_well', 'Leads asked juniors first in design review');
  const group = await call<{ id: string }>(page, 'groups.create', {
    sessionId,
    title: 'Information silos',
    cardIds: [silo.id, roadmap.id],
  });
  await call(page, 'votes.setTally', { sessionId, item: { kind: 'group', id: group.id }, dots: 5 });
  await call(page, 'votes.setTally', { sessionId, item: { kind: 'card', id: deploy.id }, dots: 3 });
  await call(page, 'kudos.add', {
    sessionId,
    act: 'Chioma stayed late to fix the pipeline',
    who: 'Chioma',
    outcome: 'worked',
  });
  await call(page, 'actions.add', {
    sessionId,
    title: 'Publish the release calendar',
    owner: 'Ben Okafor',
    dueDate: '2026-05-26',
    practiceId: 'share-information',
    circle: 'control',
    item: { kind: 'group', id: group.id },
  });
  await call(page, 'actions.add', {
    sessionId,
    title: 'Ask Fred about the vendor roadmap',
    owner: 'Fred',
    dueDate: null,
    practiceId: 'influence-not-control',
    circle: 'influence',
    item: null,
  });
  await call(page, 'commitments.add', {
    sessionId,
    participantId: null,
    person: 'Zoë Ångström',
    text: 'Demo the deploy fix to the platform team',
  });
  await call(page, 'review.mark', {
    sessionId,
    kind: 'action',
    id: checklist.id,
    status: 'done',
    note: 'Devraj runs it now',
  });
  await call(page, 'roti.setTally', { sessionId, counts: [0, 0, 0, 2, 1] });
  await call(page, 'sessions.update', {
    sessionId,
    notes: 'PRIVATE: Ben seemed tired',
    summary: 'Good energy. Zoë and Chioma will pair on the calendar.',
  });
  await call(page, 'sessions.close', { sessionId });
  return { teamId: team.id, sessionId };
}

async function openReport(page: Page, route: string): Promise<void> {
  // Each report address mounts its own page: wait for the previous one to go, so its "ready"
  // mark is never mistaken for the new report's.
  const previous = await page
    .locator('[data-report-state]')
    .elementHandle({ timeout: 100 })
    .catch(() => null);
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
  await previous?.waitForElementState('hidden', { timeout: 10_000 });
  await expect(page.locator('[data-report-state="ready"]')).toBeVisible({ timeout: 20_000 });
}

/** Prints the open report to a real PDF, renders its pages to PNG and returns its text. */
async function pdfText(page: Page, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(PAGES, { recursive: true });
  const file = `${OUT}/${name}.pdf`;
  await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', file, `${PAGES}/${name}`]);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

/** Flattens layout whitespace so phrases can be found across columns and lines. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

function expectNoNames(text: string, where: string): void {
  for (const name of NAMES) {
    expect(text, `${name} in ${where}`).not.toMatch(
      new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'iu'),
    );
  }
}

async function download(page: Page, format: string): Promise<{ name: string; text: string }> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: `Download ${format}` }).click(),
  ]);
  const path = `${OUT}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test.beforeAll(() => {
  rmSync(PAGES, { recursive: true, force: true });
});

test('a session report as PDF, HTML, Markdown and CSV, with names or anonymised', async ({
  app,
}) => {
  test.skip(app.mode !== 'browser', 'page.pdf() prints from headless Chromium (browser mode).');
  test.setTimeout(120_000);
  const { page } = app;
  const { sessionId } = await runRetros(page);

  await openReport(page, `/report/session/${sessionId}`);
  await expect(page.getByRole('heading', { name: 'Sprint 12 retro', level: 1 })).toBeVisible();
  await snap(page, 'report-session');
  const named = flat(await pdfText(page, 'session'));
  for (const expected of [
    'RETRO REPORT',
    'Sprint 12 retro',
    'Team: Checkout squad',
    'Date: 19 May 2026',
    'Participants: 3: Zoë Ångström, Ben Okafor, Chioma',
    'Mean pulse (all practices)',
    '3.17',
    '4.33',
    'Share information freely 0 1 2 0 0 3 2.67',
    'Zoë fixed the flaky deploy, unasked',
    'Information silos',
    // The vote ranking chart: ranks, titles and dots.
    '1. Information silos 5 2. Zoë fixed the flaky deploy, unasked 3',
    'Chioma stayed late to fix the pipeline',
    'Publish the release calendar Ben Okafor 26 May 2026',
    'Demo the deploy fix to the platform team',
    'Pair Devraj with Ben on the release checklist',
    'Devraj runs it now',
    'Good energy. Zoë and Chioma will pair on the calendar.',
  ]) {
    expect(named).toContain(expected);
  }
  expect(named).not.toContain('PRIVATE');

  // Switching to anonymised on the page: while the anonymised report is on its way, the page
  // shows no report at all, never the named one it showed before. The page's socket is routed
  // (from a reload on) so that the anonymised report's call waits until released.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.routeWebSocket(/\/api\/socket/, (socket) => {
    const server = socket.connectToServer();
    socket.onMessage(async (message) => {
      const call = JSON.parse(String(message)) as {
        method: string;
        input: { anonymise?: boolean };
      };
      if (call.method === 'reports.sessionData' && call.input.anonymise) await held;
      server.send(message);
    });
  });
  await page.reload();
  await expect(page.locator('[data-report-state="ready"]')).toBeVisible({ timeout: 20_000 });
  const anonymiseBox = page.getByRole('checkbox', { name: 'Anonymise names' });
  await anonymiseBox.check();
  await expect(anonymiseBox).toBeChecked();
  await expect(page.locator('[data-report-state="loading"]')).toBeVisible();
  expectNoNames(
    (await page.locator('.report-page').textContent()) ?? '',
    'the report page while the anonymised report loads',
  );
  release();
  await expect(page.locator('[data-report-state="ready"]')).toBeVisible({ timeout: 20_000 });
  const anonymous = flat(await pdfText(page, 'session-anonymised'));
  expectNoNames(anonymous, 'the anonymised PDF');
  expect(anonymous).toContain('Publish the release calendar Participant 2');
  expect(anonymous).toContain('Participant 3 stayed late to fix the pipeline');
  expect(anonymous).toContain('Release dates lived in Member 1’s head');

  // The exports of the closed session's console, anonymised.
  await page.evaluate((id) => {
    window.location.hash = `/sessions/${id}`;
  }, sessionId);
  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the retro report' });
  await dialog.getByRole('checkbox', { name: 'Anonymise names' }).check();
  await snap(page, 'report-export-dialog');

  const html = await download(page, 'HTML');
  expect(html.name).toBe('threadline-sprint-12-retro-2026-05-19-anonymised.html');
  expect(html.text).toMatch(/^<!doctype html>/);
  expect(html.text).toContain('<svg');
  expect(html.text).toContain('<style>');
  expect(html.text).not.toMatch(/<script/i);
  expect(html.text).not.toMatch(/<link/i);
  expect(html.text).not.toMatch(/\s(src|href)=/i);
  expect(html.text).not.toMatch(/url\((?!#)/);
  expect(html.text).toContain('Participant 3 stayed late to fix the pipeline');
  expectNoNames(html.text, 'the anonymised HTML');
  await expect(dialog.getByRole('status')).toHaveText(`${html.name} is ready.`);

  const markdown = await download(page, 'Markdown');
  expect(markdown.text).toContain('# Retro report: Sprint 12 retro');
  expect(markdown.text).toContain('| Publish the release calendar | Participant 2 | 26 May 2026 |');
  expectNoNames(markdown.text, 'the anonymised Markdown');

  const csv = await download(page, 'CSV');
  expect(csv.text.startsWith('\uFEFFSection,Retro date,Retro,')).toBe(true);
  expectNoNames(csv.text, 'the anonymised CSV');

  // The HTML file opens offline on its own and shows the report with its charts.
  const offline = await page.context().newPage();
  await offline.route('**/*', (route) => route.abort());
  await offline.setContent(html.text);
  await expect(offline.getByRole('heading', { name: 'Sprint 12 retro', level: 1 })).toBeVisible();
  await expect(
    offline.getByRole('figure', { name: 'Pulse ratings per practice' }).locator('svg rect').first(),
  ).toBeVisible();
  await offline.close();
});

test('a team progress report as PDF, and its CSV from the team page', async ({ app }) => {
  test.skip(app.mode !== 'browser', 'page.pdf() prints from headless Chromium (browser mode).');
  test.setTimeout(120_000);
  const { page } = app;
  const { teamId } = await runRetros(page);

  await openReport(page, `/report/team/${teamId}?last=10`);
  await snap(page, 'report-team');
  const text = flat(await pdfText(page, 'team'));
  for (const expected of [
    'TEAM PROGRESS REPORT',
    'Checkout squad',
    'Retros: 2 (5 May 2026 – 19 May 2026)',
    'Showing: the latest 10 retros',
    'Pulse trend',
    '4.00 2.67 4.00 2.00 3',
    'Action follow-through',
    '5 May 2026 · Sprint 11 1 1 1 1 100%',
    'Open actions',
    'Publish the release calendar Ben Okafor 26 May 2026',
    'Demo the deploy fix to the platform team',
  ]) {
    expect(text).toContain(expected);
  }

  await openReport(page, `/report/team/${teamId}?last=10&anonymise=1`);
  expectNoNames(flat(await pdfText(page, 'team-anonymised')), 'the anonymised team PDF');

  await page.evaluate((id) => {
    window.location.hash = `/teams/${id}`;
  }, teamId);
  await page.getByRole('button', { name: 'Team report' }).click();
  await page.getByLabel('Retros to include').selectOption({ label: 'Every retro' });
  const csv = await download(page, 'CSV');
  expect(csv.name).toMatch(/^threadline-checkout-squad-team-report-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text).toContain('Open action,2026-05-19,Sprint 12 retro,Share information freely');
});

test('a team report opens with what the trend says, read from the PDF', async ({ app }) => {
  test.skip(app.mode !== 'browser', 'page.pdf() prints from headless Chromium (browser mode).');
  test.setTimeout(120_000);
  const { page } = app;
  const { id: teamId } = await call<{ id: string }>(page, 'sample.load', {});
  const trend = await call<{
    retrosRead: number;
    insights: { level: string; sentence: string; figures: { label: string }[] }[];
    focus: { practiceId: string } | null;
  }>(page, 'insights.team', { teamId, lastN: 10 });
  expect(trend.insights.length).toBeGreaterThanOrEqual(3);

  await openReport(page, `/report/team/${teamId}?last=10`);
  const text = flat(await pdfText(page, 'team-trend'));
  mkdirSync('test-results/screens', { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '110',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    `${OUT}/team-trend.pdf`,
    'test-results/screens/report-team-trend-page1',
  ]);

  // The first section after the title, before the key figures and every chart.
  const opening = text.indexOf('What the trend says');
  expect(opening).toBeGreaterThan(text.indexOf('Report date'));
  expect(opening).toBeLessThan(text.indexOf('Average participants'));
  expect(opening).toBeLessThan(text.indexOf('Mean rating per retro for each practice'));
  const section = text.slice(opening, text.indexOf('Average participants'));
  expect(section).toContain(`from the ${trend.retrosRead} closed retros in this report`);
  expect(section).toContain('Nothing was sent anywhere.');
  const count = (level: string) => trend.insights.filter((i) => i.level === level).length;
  expect(section).toContain(
    `${count('attention')} need attention · ${count('discuss')} worth discussing · ${count('good')} going well`,
  );
  // Every sentence in full, needs attention first, each with the labels of its numbers.
  let from = 0;
  for (const insight of trend.insights) {
    const at = section.indexOf(insight.sentence, from);
    expect(at, insight.sentence).toBeGreaterThan(-1);
    for (const figure of insight.figures) expect(section).toContain(figure.label);
    from = at;
  }
  const order = ['NEEDS ATTENTION', 'WORTH DISCUSSING', 'GOING WELL'].map((level) =>
    section.indexOf(level),
  );
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(order[0]).toBeGreaterThan(-1);
  expect(section).toContain('Suggested focus for the next retro: Model humility, because');

  // The self-contained HTML file opens with the same section, styled, with nothing to fetch.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download HTML' }).click(),
  ]);
  const html = readFileSync((await file.path()) ?? '', 'utf8');
  expect(html).not.toMatch(/\s(src|href)=/i);
  const offline = await page.context().newPage();
  await offline.route('**/*', (route) => route.abort());
  await offline.setContent(html);
  const first = offline.getByRole('region').first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('What the trend says');
  for (const insight of trend.insights) await expect(first).toContainText(insight.sentence);
  await expect(first.locator('.insight').first()).toHaveCSS('border-left-style', 'solid');
  await offline.close();
});
