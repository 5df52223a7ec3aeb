// Figures as a user meets them: what each flow of the table costs in Chromium.
import { gzipSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import { sessionReportRoute } from '@shared/reports';
import type { RunningApp } from './app';
import { settle, timeAction, timeSteps } from './measure';

/** A retro in progress at Reflect with six people: where console actions are timed. */
export async function openRetro(app: RunningApp, teamId: string): Promise<string> {
  const { id } = await app.call('sessions.create', { teamId, title: 'Benchmark retro' });
  await app.call('participants.set', { sessionId: id, mode: 'anonymous', count: 6 });
  await app.call('sessions.goToStage', { sessionId: id, stageId: 'reflect' });
  return id;
}

export interface ConsoleTimes {
  card: number[];
  /** Until the new card is listed as stored: its Delete button usable. */
  cardStored: number[];
  stage: number[];
  timer: number[];
}

const stageTitle = '#stage-title';

/** Each round adds a card, moves a stage on and back, and starts and pauses the timer. */
export async function consoleActions(
  app: RunningApp,
  sessionId: string,
  rounds: number,
): Promise<ConsoleTimes> {
  const page = await app.open(`/sessions/${sessionId}`);
  await expect(page.locator(stageTitle)).toHaveText('Reflect');
  const times: ConsoleTimes = { card: [], cardStored: [], stage: [], timer: [] };
  for (let round = 0; round < rounds; round++) {
    const text = `Benchmark card ${round + 1} ${Date.now()}`;
    await page.getByLabel('Card text').fill(text);
    const deleteButton = `button[aria-label="Delete card: ${text}"]`;
    const [listed = Number.NaN, stored = Number.NaN] = await timeSteps(
      page,
      page.getByRole('button', { name: 'Add card' }),
      [
        { kind: 'element', selector: deleteButton },
        { kind: 'element', selector: `${deleteButton}:not([disabled])` },
      ],
    );
    times.card.push(listed);
    times.cardStored.push(stored);
    await settle(page);
    for (const [button, title] of [
      [/^Next: Recognize/, 'Recognize'],
      [/^← Previous: Reflect/, 'Reflect'],
    ] as const) {
      times.stage.push(
        await timeAction(page, page.getByRole('button', { name: button }), {
          kind: 'element',
          selector: stageTitle,
          text: title,
        }),
      );
      await settle(page);
    }
    for (const [button, state] of [
      ['Start timer', 'Running'],
      ['Pause timer', 'Paused'],
    ] as const) {
      times.timer.push(
        await timeAction(page, page.getByRole('button', { name: button, exact: true }), {
          kind: 'element',
          selector: '.timer-state',
          text: state,
        }),
      );
      await settle(page);
    }
  }
  await page.close();
  return times;
}

/** Opens the app afresh at `route`, signed in, and waits for `ready` to be visible. */
async function freshPage(app: RunningApp, page: Page | null, route: string): Promise<Page> {
  const tab = page ?? (await app.context.newPage());
  await tab.goto(`${app.url}#${route}`);
  return tab;
}

/** From a click on the team on the home screen to its retros listed. */
export async function teamPage(
  app: RunningApp,
  teamName: string,
  times: number,
): Promise<number[]> {
  let page: Page | null = null;
  const results: number[] = [];
  for (let n = 0; n < times; n++) {
    page = await freshPage(app, page, '/');
    const link = page.getByRole('link', { name: teamName, exact: true });
    await link.waitFor();
    await settle(page);
    results.push(
      await timeAction(page, link, {
        kind: 'rows',
        selector: 'ul[aria-label="Retros"] > li',
        atLeast: 20,
      }),
    );
  }
  await page?.close();
  return results;
}

/** From a click on "Dashboard" on the team page to the last 10 retros drawn; then all of them. */
export async function dashboard(
  app: RunningApp,
  teamId: string,
  times: number,
  withAll: boolean,
): Promise<{ last10: number[]; all: number[] }> {
  const { teamSessionCount } = await app.call('dashboard.team', { teamId, lastN: 1 });
  let page: Page | null = null;
  const last10: number[] = [];
  const all: number[] = [];
  for (let n = 0; n < times; n++) {
    page = await freshPage(app, page, `/teams/${teamId}`);
    await page.evaluate(() => localStorage.clear());
    const link = page.getByRole('link', { name: 'Dashboard', exact: true });
    await link.waitFor();
    await settle(page);
    last10.push(await timeAction(page, link, { kind: 'dashboard', retros: 10 }));
    if (!withAll) continue;
    await settle(page, 500);
    all.push(
      await timeAction(
        page,
        page.getByLabel('Retros to show'),
        { kind: 'dashboard', retros: teamSessionCount },
        { kind: 'select', value: 'all' },
      ),
    );
  }
  if (page) {
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
  return { last10, all };
}

/** From a click on "Overview" on the home screen to the teams listed. */
export async function overview(app: RunningApp, times: number): Promise<number[]> {
  let page: Page | null = null;
  const results: number[] = [];
  for (let n = 0; n < times; n++) {
    page = await freshPage(app, page, '/');
    await page.getByRole('list', { name: 'Active teams' }).waitFor();
    await settle(page);
    results.push(
      await timeAction(page, page.getByRole('link', { name: 'Overview', exact: true }), {
        kind: 'rows',
        selector: 'table[aria-label="Teams and practices"] tbody tr',
        atLeast: 20,
      }),
    );
  }
  await page?.close();
  return results;
}

/** Milliseconds from opening the app to the home screen listing teams, by the page's clock. */
export async function homeShown(app: RunningApp, times: number): Promise<number[]> {
  const results: number[] = [];
  for (let n = 0; n < times; n++) {
    const page = await app.context.newPage();
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('ul[aria-label="Active teams"] > li')) return;
        document.documentElement.getBoundingClientRect();
        document.documentElement.dataset.benchShown = String(performance.now());
        observer.disconnect();
      });
      observer.observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${app.url}#/`);
    await page.locator('html[data-bench-shown]').waitFor({ state: 'attached' });
    results.push(Number(await page.locator('html').getAttribute('data-bench-shown')));
    await page.close();
  }
  return results;
}

/** Gzipped JavaScript the home screen loads, in KB. */
export async function homeScript(app: RunningApp): Promise<number> {
  const context = await app.context.browser()?.newContext();
  if (!context) throw new Error('No browser.');
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js')) {
      sizes.push(response.body().then((body) => gzipSync(body).length));
    }
  });
  await page.goto(`${app.url}#/`);
  await page.locator('ul[aria-label="Active teams"] > li').first().waitFor();
  await page.waitForLoadState('networkidle');
  const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return total / 1024;
}

/** As the desktop app makes a PDF: a new window opens the report, waits until drawn, prints. */
export async function sessionPdf(
  app: RunningApp,
  sessionId: string,
  times: number,
): Promise<number[]> {
  const results: number[] = [];
  for (let n = 0; n < times; n++) {
    const started = performance.now();
    const page = await app.context.newPage();
    await page.goto(`${app.url}#${sessionReportRoute({ sessionId, anonymise: false })}`);
    await page.locator('[data-report-state="ready"]').waitFor({ state: 'attached' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    results.push(pdf.length > 0 ? performance.now() - started : Number.NaN);
    await page.close();
  }
  return results;
}
