import type { Locator, Page } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';
import { call } from './api';
import { expect, test } from './fixtures';
import { snap } from './screens';

const SAMPLE_TEAM = 'Sample team: Northwind Platform';
const SHORT_NAMES: Record<string, string> = {
  'reward-initiative': 'Initiative',
  'share-information': 'Information',
  'model-humility': 'Humility',
  'influence-not-control': 'Influence',
};

interface StoredSession {
  id: string;
  title: string;
  date: string;
}

/** Everything the test needs, read straight from the SQLite file the app writes. */
function readStoredRows(databaseFile: string) {
  const db = new BetterSqlite3(databaseFile, { readonly: true });
  try {
    const team = db.prepare('SELECT id FROM teams WHERE is_sample = 1').get() as { id: string };
    const sessions = db
      .prepare('SELECT id, title, date, created_at FROM sessions WHERE team_id = ?')
      .all(team.id) as (StoredSession & { created_at: string })[];
    sessions.sort(
      (a, b) => a.date.localeCompare(b.date) || a.created_at.localeCompare(b.created_at),
    );
    const ids = sessions.map((session) => session.id);
    const inTeam = `IN (${ids.map(() => '?').join(',')})`;
    const ratings = db
      .prepare(
        `SELECT session_id, practice_id, score FROM pulse_ratings WHERE session_id ${inTeam}`,
      )
      .all(...ids) as { session_id: string; practice_id: string; score: number }[];
    const actions = db
      .prepare(`SELECT id, session_id, practice_id FROM actions WHERE session_id ${inTeam}`)
      .all(...ids) as { id: string; session_id: string; practice_id: string }[];
    const commitments = db
      .prepare(`SELECT id, session_id FROM commitments WHERE session_id ${inTeam}`)
      .all(...ids) as { id: string; session_id: string }[];
    const reviews = db
      .prepare('SELECT session_id, action_id, commitment_id, status FROM reviews')
      .all() as {
      session_id: string;
      action_id: string | null;
      commitment_id: string | null;
      status: string;
    }[];
    const kudos = db
      .prepare(`SELECT session_id FROM kudos WHERE session_id ${inTeam}`)
      .all(...ids) as { session_id: string }[];
    return { teamId: team.id, sessions, ratings, actions, commitments, reviews, kudos };
  } finally {
    db.close();
  }
}

const twoDecimals = (value: number) => (Math.round(value * 100) / 100).toFixed(2);

/** Every body row of a table as the text of its cells. */
function rowsOf(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.children).map((cell) => cell.textContent?.trim() ?? '')),
    );
}

async function showTable(page: Page, chart: string, table: string): Promise<Locator> {
  await page
    .getByRole('region', { name: chart, exact: true })
    .getByRole('button', { name: 'Show table' })
    .click();
  const shown = page.getByRole('table', { name: table });
  await expect(shown).toBeVisible();
  return shown;
}

test('the sample team’s dashboard shows the stored numbers, presents them and reaches the overview', async ({
  app,
}) => {
  test.setTimeout(150_000);
  const { page } = app;
  await page.emulateMedia({ reducedMotion: 'reduce' });

  // Load the sample team from the empty state: it opens on its dashboard, marked as a sample.
  await page.getByRole('button', { name: 'Load sample team' }).click();
  await expect(page.getByRole('heading', { name: SAMPLE_TEAM, level: 1 })).toBeVisible();
  await expect(page.locator('.page-head').getByText('Sample', { exact: true })).toBeVisible();
  await page.getByLabel('Retros to show').selectOption({ label: 'All retros' });

  const stored = readStoredRows(app.databaseFile);
  expect(stored.sessions.length).toBeGreaterThanOrEqual(10);
  const byTitle = new Map(stored.sessions.map((session) => [session.title, session]));
  const sessionOf = (rowHeader: string) => {
    const title = [...byTitle.keys()].find((t) => rowHeader.endsWith(`· ${t}`));
    if (!title) throw new Error(`No stored session for table row "${rowHeader}"`);
    return byTitle.get(title) as StoredSession;
  };

  // Pulse trend: mean, lowest, highest, count and actions agreed per session and practice.
  const trend = await showTable(page, 'Pulse trend', 'Pulse trend table');
  await expect(trend.locator('tbody tr')).toHaveCount(stored.sessions.length * 4);
  const trendRows = await rowsOf(trend);
  for (const [rowHeader, practice, mean, lowest, highest, count, actions] of trendRows) {
    const session = sessionOf(rowHeader as string);
    const practiceId = Object.keys(SHORT_NAMES).find((id) => SHORT_NAMES[id] === practice);
    const scores = stored.ratings
      .filter((r) => r.session_id === session.id && r.practice_id === practiceId)
      .map((r) => r.score);
    const expected =
      scores.length === 0
        ? ['–', '–', '–', '0']
        : [
            twoDecimals(scores.reduce((sum, s) => sum + s, 0) / scores.length),
            String(Math.min(...scores)),
            String(Math.max(...scores)),
            String(scores.length),
          ];
    const agreed = stored.actions.filter(
      (a) => a.session_id === session.id && a.practice_id === practiceId,
    ).length;
    expect([mean, lowest, highest, count, actions], `${session.title} · ${practice}`).toEqual([
      ...expected,
      String(agreed),
    ]);
  }
  // The rows run oldest first, like the chart.
  expect(
    trendRows.map((row) => sessionOf(row[0] as string).id).filter((_, i) => i % 4 === 0),
  ).toEqual(stored.sessions.map((session) => session.id));

  // Kudos per session.
  const kudos = await showTable(page, 'Kudos', 'Kudos table');
  for (const [rowHeader, count] of await rowsOf(kudos)) {
    const session = sessionOf(rowHeader as string);
    expect(count, session.title).toBe(
      String(stored.kudos.filter((k) => k.session_id === session.id).length),
    );
  }

  // Follow-through: of each session's actions and commitments, how many the first later review
  // found done, out of those reviewed at all.
  const sessionDate = new Map(stored.sessions.map((s) => [s.id, s.date]));
  const verdicts = (column: 'action_id' | 'commitment_id', id: string) =>
    stored.reviews
      .filter((r) => r[column] === id)
      .sort((a, b) =>
        (sessionDate.get(a.session_id) ?? '').localeCompare(sessionDate.get(b.session_id) ?? ''),
      );
  const followThrough = await showTable(page, 'Follow-through', 'Follow-through table');
  for (const [rowHeader, agreed, reviewed, doneByNext, , rate] of await rowsOf(followThrough)) {
    const session = sessionOf(rowHeader as string);
    const items = [
      ...stored.actions
        .filter((a) => a.session_id === session.id)
        .map((a) => verdicts('action_id', a.id)),
      ...stored.commitments
        .filter((c) => c.session_id === session.id)
        .map((c) => verdicts('commitment_id', c.id)),
    ];
    const seen = items.filter((v) => v.length > 0);
    const doneFirst = seen.filter((v) => v[0]?.status === 'done').length;
    expect([agreed, reviewed, doneByNext, rate], session.title).toEqual([
      String(items.length),
      String(seen.length),
      String(doneFirst),
      seen.length === 0 ? 'Not reviewed yet' : `${Math.round((doneFirst / seen.length) * 100)}%`,
    ]);
  }

  // Tables go back to charts; the filter narrows the sessions.
  await page
    .getByRole('region', { name: 'Pulse trend', exact: true })
    .getByRole('button', { name: 'Show chart' })
    .click();
  await expect(page.getByRole('table', { name: 'Pulse trend table' })).toHaveCount(0);
  await page.getByLabel('Retros to show').selectOption({ label: 'Last 5 retros' });
  await expect(page.getByRole('table', { name: 'Kudos table' }).locator('tbody tr')).toHaveCount(5);
  await page
    .getByRole('region', { name: 'Kudos', exact: true })
    .getByRole('button', { name: 'Show chart' })
    .click();
  await page
    .getByRole('region', { name: 'Follow-through', exact: true })
    .getByRole('button', { name: 'Show chart' })
    .click();
  await page.getByLabel('Retros to show').selectOption({ label: 'Last 10 retros' });
  await expect(page.getByRole('link', { name: 'Present dashboard' })).toHaveAttribute(
    'href',
    new RegExp(`#/present/dashboard/${stored.teamId}$`),
  );
  await snap(page, 'dashboard-1280x800');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await snap(page, 'dashboard-1920x1080');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Presentation mode: one chart at a time, arrow keys and buttons move, Esc goes back.
  const screen = await app.openSecondView(`/present/dashboard/${stored.teamId}`);
  await screen.emulateMedia({ reducedMotion: 'reduce' });
  await screen.setViewportSize({ width: 1920, height: 1080 });
  await expect(screen.getByRole('heading', { name: 'Pulse trend', level: 1 })).toBeVisible();
  await expect(screen.getByText('Chart 1 of 10')).toBeVisible();
  await snap(screen, 'present-pulse-trend-1920x1080');
  // The snap reloads the page: wait for the chart before pressing keys.
  await expect(screen.getByRole('heading', { name: 'Pulse trend', level: 1 })).toBeVisible();
  await screen.keyboard.press('ArrowRight');
  await expect(
    screen.getByRole('heading', { name: 'Latest versus previous retro', level: 1 }),
  ).toBeVisible();
  await expect(screen.getByText('Chart 2 of 10')).toBeVisible();
  await snap(screen, 'present-latest-vs-previous-1920x1080');
  await expect(screen.getByText('Chart 2 of 10')).toBeVisible();
  await screen.keyboard.press('ArrowRight');
  await expect(
    screen.getByRole('heading', { name: 'How the ratings split: Initiative', level: 1 }),
  ).toBeVisible();
  await screen.keyboard.press('ArrowLeft');
  await expect(
    screen.getByRole('heading', { name: 'Latest versus previous retro', level: 1 }),
  ).toBeVisible();
  await screen.getByRole('button', { name: 'Previous' }).click();
  await expect(screen.getByRole('heading', { name: 'Pulse trend', level: 1 })).toBeVisible();
  await expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
  await screen.keyboard.press('End');
  await expect(
    screen.getByRole('heading', { name: 'Return on time invested', level: 1 }),
  ).toBeVisible();
  await expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  await screen.setViewportSize({ width: 1280, height: 800 });
  await snap(screen, 'present-roti-1280x800');
  await expect(screen.getByText('Chart 10 of 10')).toBeVisible();
  await screen.keyboard.press('Home');
  await expect(screen.getByText('Chart 1 of 10')).toBeVisible();
  await snap(screen, 'present-pulse-trend-1280x800');
  await expect(screen.getByText('Chart 1 of 10')).toBeVisible();
  await screen.keyboard.press('Escape');
  await expect(screen.getByRole('heading', { name: SAMPLE_TEAM, level: 1 })).toBeVisible();
  await expect(screen.getByRole('region', { name: 'Pulse trend', exact: true })).toBeVisible();
  await screen.close();

  // Two real teams beside the sample: one without retros, one archived.
  await page.getByRole('link', { name: 'Teams', exact: true }).click();
  for (const name of ['Checkout squad', 'Payments']) {
    await page.getByRole('button', { name: 'New team' }).click();
    await page.getByLabel('Team name').fill(name);
    await page.getByRole('button', { name: 'Create team' }).click();
    // A team created from the list opens; back to the list for the next one.
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Teams', exact: true }).click();
    await expect(page.getByRole('listitem', { name })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Archive Payments' }).click();
  await expect(page.getByRole('list', { name: 'Active teams' }).getByText('Payments')).toHaveCount(
    0,
  );

  // The leads' overview: the sample team flagged, its newest mean and the change since the retro
  // before, computed here from the stored ratings; archived teams only when asked.
  await page.getByRole('link', { name: 'Overview' }).click();
  const grid = page.getByRole('table', { name: 'Teams and practices' });
  const row = grid.getByRole('row').filter({ hasText: SAMPLE_TEAM });
  await expect(row.getByText('Sample', { exact: true })).toBeVisible();
  const meanOf = (session: StoredSession, practiceId: string) => {
    const scores = stored.ratings
      .filter((r) => r.session_id === session.id && r.practice_id === practiceId)
      .map((r) => r.score);
    return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
  };
  const previous = stored.sessions.at(-2) as StoredSession;
  const latest = stored.sessions.at(-1) as StoredSession;
  const change =
    Math.round((meanOf(latest, 'model-humility') - meanOf(previous, 'model-humility')) * 100) / 100;
  const arrow = Math.abs(change) < 0.1 ? '=' : change > 0 ? '△' : '▽';
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  const humilityCell = row.getByRole('cell').nth(4);
  await expect(humilityCell).toContainText(meanOf(latest, 'model-humility').toFixed(2));
  await expect(humilityCell).toContainText(`${arrow} ${sign}${Math.abs(change).toFixed(2)}`);
  await expect(
    grid.getByRole('row').filter({ hasText: 'Checkout squad' }).getByText('No ratings yet'),
  ).toHaveCount(4);
  await expect(grid.getByRole('row').filter({ hasText: 'Payments' })).toHaveCount(0);
  await page.getByLabel('Include archived teams').check();
  await expect(
    grid.getByRole('row').filter({ hasText: 'Payments' }).getByText('Archived'),
  ).toBeVisible();
  await page.getByLabel('Include archived teams').uncheck();
  await expect(grid.getByRole('row').filter({ hasText: 'Payments' })).toHaveCount(0);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await snap(page, 'overview-1920x1080');
  await page.setViewportSize({ width: 1280, height: 800 });
  await snap(page, 'overview-1280x800');
  await grid.getByRole('link', { name: SAMPLE_TEAM }).click();
  await expect(page.getByRole('heading', { name: SAMPLE_TEAM, level: 1 })).toBeVisible();

  // The team page links to the dashboard too.
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: SAMPLE_TEAM })
    .click();
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Pulse trend', exact: true })).toBeVisible();

  // Removing the sample team leaves the real teams and no sample rows behind.
  await page.getByRole('link', { name: 'Teams', exact: true }).click();
  await page.getByRole('button', { name: 'Remove sample team' }).click();
  await expect(page.getByRole('button', { name: 'Load sample team' })).toBeVisible();
  const db = new BetterSqlite3(app.databaseFile, { readonly: true });
  try {
    expect(db.prepare('SELECT COUNT(*) FROM teams WHERE is_sample = 1').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM sessions').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM teams').pluck().get()).toBe(2);
  } finally {
    db.close();
  }
});

test('retros held on the same day get labels of their own on the chart axes', async ({ app }) => {
  const { page } = app;
  const team = await call<{ id: string }>(page, 'teams.create', { name: 'Offsite crew' });
  const retros = [
    ['Offsite day one', '2026-03-05'],
    ['Offsite morning', '2026-03-12'],
    ['Offsite afternoon', '2026-03-12'],
  ];
  for (const [title, date] of retros) {
    const session = await call<{ id: string }>(page, 'sessions.create', {
      teamId: team.id,
      title,
      date,
    });
    await call(page, 'participants.set', { sessionId: session.id, mode: 'anonymous', count: 3 });
    await call(page, 'pulse.setTally', {
      sessionId: session.id,
      practiceId: 'model-humility',
      counts: [0, 0, 1, 1, 1],
    });
    await call(page, 'sessions.close', { sessionId: session.id });
  }

  await page.evaluate((id) => {
    window.location.hash = `/teams/${id}/dashboard`;
  }, team.id);
  const participation = page.getByRole('region', { name: 'Participation', exact: true });
  await participation.scrollIntoViewIfNeeded();
  await expect(participation.locator('text[orientation="bottom"]')).toHaveText([
    '5 Mar',
    '12 Mar',
    '12 Mar (2)',
  ]);
  // The table names each retro in full.
  const table = await showTable(page, 'Participation', 'Participation table');
  await expect(table.locator('tbody th')).toHaveText([
    '5 Mar 2026 · Offsite day one',
    '12 Mar 2026 · Offsite morning',
    '12 Mar 2026 · Offsite afternoon',
  ]);
});
