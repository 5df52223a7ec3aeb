import type { Page } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from './fixtures';
import { holdToLeave } from './hold';
import { snap } from './screens';

const PEOPLE = ['Ana', 'Ben', 'Chioma', 'Dev', 'Emeka'];
const PRACTICES = [
  'Reward initiative, not just outcomes',
  'Share information freely',
  'Model humility',
  'Focus on influence, not control',
];

function query<T>(databaseFile: string, sql: string, ...params: unknown[]): T[] {
  const db = new BetterSqlite3(databaseFile, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

async function createTeam(page: Page) {
  await page.getByLabel('Team name').fill('Checkout squad');
  await page.getByLabel('Members (optional)').fill(PEOPLE.join('\n'));
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page.getByRole('heading', { name: 'Checkout squad', level: 1 })).toBeVisible();
}

async function startRetro(page: Page, title: string) {
  await page.getByRole('button', { name: 'New retro' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Start retro' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

const stageHeading = (page: Page, title: string) =>
  expect(page.getByRole('heading', { name: title, level: 2, exact: true })).toBeVisible();

async function tally(page: Page, practice: string, counts: number[]) {
  const form = page.getByRole('form', { name: practice });
  for (const [index, count] of counts.entries()) {
    await form
      .getByLabel(`Tally for ${practice}: people who gave ${index + 1}`)
      .fill(String(count));
  }
  await form.getByRole('button', { name: 'Save tally' }).click();
  await expect(form.getByText(`${counts.reduce((a, b) => a + b, 0)} of 5 rated`)).toBeVisible();
}

async function addCard(
  page: Page,
  practice: string,
  kind: 'Went well' | 'To improve',
  text: string,
) {
  await page.getByLabel('Practice').selectOption({ label: practice });
  await page.getByRole('radio', { name: kind }).check();
  await page.getByLabel('Card text').fill(text);
  await page.getByRole('button', { name: 'Add card' }).click();
  await expect(page.getByRole('button', { name: `Delete card: ${text}` })).toBeVisible();
}

test('a complete retro with five people, then the next retro reviews its open follow-ups', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await createTeam(page);
  await startRetro(page, 'Sprint 12 retro');

  // Check-in: the roster is ticked by default.
  await stageHeading(page, 'Check-in');
  await page.getByRole('button', { name: 'Save participants' }).click();
  await page.getByLabel('Check-in word for Ana').fill('curious');
  await page.getByLabel('Check-in word for Ana').blur();
  await expect(page.getByText('5 people taking part by name.')).toBeVisible();
  await snap(page, 'retro-1-check-in');

  // Review is skipped for a first retro: Next goes straight to Pulse.
  await expect(page.getByRole('button', { name: /Go to Review \(skipped/ })).toBeVisible();
  await page.getByRole('button', { name: /^Next: Pulse/ }).click();
  await stageHeading(page, 'Pulse');

  // Three people by show of fingers, two privately on the laptop.
  await tally(page, PRACTICES[0] as string, [0, 0, 1, 1, 1]);
  await tally(page, PRACTICES[1] as string, [0, 1, 1, 1, 0]);
  await tally(page, PRACTICES[2] as string, [0, 0, 2, 1, 0]);
  await tally(page, PRACTICES[3] as string, [1, 1, 1, 0, 0]);
  await page.getByRole('radio', { name: 'Pass the laptop' }).check();
  await page.getByRole('button', { name: 'Start passing the laptop' }).click();
  const turn = page.getByRole('dialog', { name: 'Pass the laptop: pulse ratings' });
  for (const person of ['Dev', 'Emeka']) {
    await turn.getByRole('button', { name: `Enter pulse ratings for ${person}` }).click();
    await expect(turn.getByRole('heading', { name: `${person}, it is your turn` })).toBeVisible();
    for (const practice of PRACTICES) {
      await turn
        .getByRole('radiogroup', { name: practice })
        .getByRole('radio', { name: '4' })
        .check();
    }
    await turn.getByRole('button', { name: 'Save my ratings' }).click();
    await expect(turn.getByText(`Thank you, ${person}.`)).toBeVisible();
  }
  await holdToLeave(turn);
  await expect(page.getByText('20 of 20 ratings in')).toBeVisible();
  await page.getByRole('button', { name: 'Reveal ratings' }).click();
  await expect(page.getByRole('button', { name: 'Hide ratings again' })).toBeVisible();
  await snap(page, 'retro-2-pulse-revealed');

  // Reflect: eight cards across the practices.
  await page.getByRole('button', { name: /^Next: Reflect/ }).click();
  await stageHeading(page, 'Reflect');
  const cards: [string, 'Went well' | 'To improve', string][] = [
    [PRACTICES[0] as string, 'Went well', 'Ana fixed the flaky deploy before anyone asked'],
    [PRACTICES[0] as string, 'To improve', 'Nobody thanked Ben for the failed cache experiment'],
    [PRACTICES[1] as string, 'Went well', 'Incident notes shared within the hour'],
    [PRACTICES[1] as string, 'To improve', 'Release dates lived in one person’s head'],
    [PRACTICES[1] as string, 'To improve', 'Roadmap changes reached us last'],
    [PRACTICES[2] as string, 'Went well', 'Leads asked juniors first in design review'],
    [PRACTICES[3] as string, 'Went well', 'Chioma won the API debate with data, not rank'],
    [PRACTICES[3] as string, 'To improve', 'Too many decisions arrive as orders'],
  ];
  for (const [practice, kind, text] of cards) await addCard(page, practice, kind, text);
  await page.getByRole('button', { name: 'Reveal all cards (8)' }).click();
  await expect(page.getByRole('button', { name: /Reveal all cards/ })).toBeHidden();
  await snap(page, 'retro-3-reflect');

  // Recognize: initiative counts even when it did not work out.
  await page.getByRole('button', { name: /^Next: Recognize/ }).click();
  await stageHeading(page, 'Recognize');
  await page.getByLabel('What did they do?').fill('Tried a shared cache to cut build times');
  await page.getByLabel('Who').fill('Ben');
  await page.getByRole('radio', { name: 'Did not work out' }).check();
  await page.getByRole('button', { name: 'Add kudos' }).click();
  await expect(page.getByRole('region', { name: 'Kudos so far' })).toContainText('Ben');

  // Group & vote: one group, dots within the limit of 5 × 3.
  await page.getByRole('button', { name: /^Next: Group & vote/ }).click();
  await stageHeading(page, 'Group & vote');
  await page.getByRole('checkbox', { name: 'Release dates lived in one person’s head' }).check();
  await page.getByRole('checkbox', { name: 'Roadmap changes reached us last' }).check();
  await page.getByLabel('Group title').fill('News reaches us late');
  await page.getByRole('button', { name: 'Group selected cards' }).click();
  await expect(page.getByRole('list', { name: 'Groups' })).toContainText('News reaches us late');
  const dots = async (title: string, value: number) => {
    const field = page.getByLabel(`Dots for ${title}`);
    await field.fill(String(value));
    await field.press('Enter');
  };
  await dots('News reaches us late', 16);
  await expect(page.getByRole('alert').first()).toContainText('15');
  await dots('News reaches us late', 7);
  await dots('Too many decisions arrive as orders', 5);
  await dots('Nobody thanked Ben for the failed cache experiment', 3);
  await expect(page.getByText('15 of 15 dots placed')).toBeVisible();
  await snap(page, 'retro-4-group-vote');

  // Act: sort the top items, two actions with owners, two commitments.
  await page.getByRole('button', { name: /^Next: Act/ }).click();
  await stageHeading(page, 'Act');
  await page
    .getByRole('group', { name: 'Circle for News reaches us late' })
    .getByRole('radio', { name: 'In our control' })
    .check();
  await page
    .getByRole('group', { name: 'Circle for Too many decisions arrive as orders' })
    .getByRole('radio', { name: 'We can influence' })
    .check();
  await page.getByRole('button', { name: 'Add action for News reaches us late' }).click();
  await page.getByLabel('Action', { exact: true }).fill('Post release dates in the team channel');
  await page.getByLabel('Owner').fill('Ana');
  await page.getByLabel('Due date').fill('2026-12-12');
  await page.getByRole('button', { name: 'Add action', exact: true }).click();
  await expect(
    page.getByRole('button', { name: /Delete action: Post release dates/ }),
  ).toBeVisible();
  await page.getByLabel('Action', { exact: true }).fill('Ask for the why behind new decisions');
  await page.getByLabel('Owner').fill('Chioma');
  await page.getByLabel('Practice').selectOption({ label: PRACTICES[3] as string });
  await page.getByLabel('Circle', { exact: true }).selectOption({ label: 'We can influence' });
  await page.getByRole('button', { name: 'Add action', exact: true }).click();
  await expect(page.getByRole('button', { name: /Delete action: Ask for the why/ })).toBeVisible();
  for (const [person, text] of [
    ['Dev', 'Write the on-call handbook without waiting for a ticket'],
    ['Emeka', 'Demo the new dashboard to support myself'],
  ]) {
    await page.getByRole('button', { name: `Write a commitment for ${person}` }).click();
    await page.getByLabel('Commitment', { exact: true }).fill(text as string);
    await page.getByRole('button', { name: 'Add commitment' }).click();
    await expect(
      page.getByRole('button', { name: `Delete commitment of ${person}` }),
    ).toBeVisible();
  }
  await snap(page, 'retro-5-act');

  // Close: ROTI, summary, read-only.
  await page.getByRole('button', { name: /^Next: Close/ }).click();
  await stageHeading(page, 'Close');
  const roti = page.getByRole('form', { name: 'ROTI tally' });
  for (const [score, count] of [
    [4, 3],
    [5, 2],
  ]) {
    await roti.getByLabel(`ROTI tally: people who gave ${score}`).fill(String(count));
  }
  await roti.getByRole('button', { name: 'Save tally' }).click();
  await page
    .getByLabel('Session summary')
    .fill('Information flow is our weak spot; two owners on it.');
  await page.getByRole('button', { name: 'Close session' }).click();
  await page.getByRole('button', { name: 'Close and make read-only' }).click();
  await expect(page.getByRole('button', { name: 'Reopen session' })).toBeVisible();
  await expect(page.getByText('This session is closed and read-only.')).toBeVisible();
  await snap(page, 'retro-6-closed');

  // Everything is in the SQLite file.
  const file = app.databaseFile;
  expect(query(file, 'SELECT status, summary FROM sessions')).toEqual([
    { status: 'closed', summary: 'Information flow is our weak spot; two owners on it.' },
  ]);
  expect(
    query(
      file,
      "SELECT practice_id AS practice, COUNT(*) AS n, SUM(entry = 'private') AS private FROM pulse_ratings GROUP BY practice_id ORDER BY practice_id",
    ),
  ).toEqual([
    { practice: 'influence-not-control', n: 5, private: 2 },
    { practice: 'model-humility', n: 5, private: 2 },
    { practice: 'reward-initiative', n: 5, private: 2 },
    { practice: 'share-information', n: 5, private: 2 },
  ]);
  expect(query(file, 'SELECT COUNT(*) AS n, SUM(hidden) AS hidden FROM cards')).toEqual([
    { n: 8, hidden: 0 },
  ]);
  expect(query(file, 'SELECT title FROM card_groups')).toEqual([{ title: 'News reaches us late' }]);
  expect(query(file, 'SELECT SUM(dots) AS dots FROM votes')).toEqual([{ dots: 15 }]);
  expect(query(file, 'SELECT owner FROM actions ORDER BY owner')).toEqual([
    { owner: 'Ana' },
    { owner: 'Chioma' },
  ]);
  expect(query(file, 'SELECT person FROM commitments ORDER BY person')).toEqual([
    { person: 'Dev' },
    { person: 'Emeka' },
  ]);
  expect(query(file, 'SELECT outcome FROM kudos')).toEqual([{ outcome: 'did_not_work' }]);
  expect(query(file, 'SELECT COUNT(*) AS n FROM roti_ratings')).toEqual([{ n: 5 }]);

  // The next retro's Review lists exactly the open actions and commitments of the first.
  await page.getByRole('link', { name: 'Checkout squad' }).click();
  await startRetro(page, 'Sprint 13 retro');
  await page.getByRole('button', { name: 'Save participants' }).click();
  await page.getByRole('button', { name: /^Next: Review/ }).click();
  await stageHeading(page, 'Review');
  const reviewItems = page.getByRole('radio', { name: /^Done: / });
  await expect(reviewItems).toHaveCount(4);
  const names = await reviewItems.evaluateAll((radios) =>
    radios.map((radio) => radio.getAttribute('aria-label')).sort(),
  );
  expect(names).toEqual([
    'Done: Ask for the why behind new decisions',
    'Done: Demo the new dashboard to support myself',
    'Done: Post release dates in the team channel',
    'Done: Write the on-call handbook without waiting for a ticket',
  ]);
  await page.getByRole('radio', { name: 'Done: Post release dates in the team channel' }).check();
  await expect(page.getByText('1 of 4 done')).toBeVisible();
  await snap(page, 'retro-7-review');
  expect(query(file, "SELECT status FROM actions WHERE owner = 'Ana'")).toEqual([
    { status: 'done' },
  ]);
});

test('the presentation view never shows notes, unrevealed ratings or hidden cards', async ({
  app,
}) => {
  const { page } = app;
  await createTeam(page);
  await startRetro(page, 'Safety check');
  await page.getByRole('button', { name: 'Save participants' }).click();
  const notes = page.getByRole('textbox', { name: 'Facilitator notes' });
  await notes.fill('Secret: Ben seems unhappy');
  await notes.blur();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  const sessionId = new URL(page.url()).hash.split('/sessions/')[1] as string;
  const screen = await app.openSecondView(`/present/${sessionId}`);
  await screen.setViewportSize({ width: 1920, height: 1080 });
  await expect(screen.getByText('5 people here')).toBeVisible();

  // Pulse: a tally entered but not revealed.
  await page.getByRole('button', { name: 'Go to Pulse' }).click();
  await tally(page, PRACTICES[2] as string, [0, 0, 0, 0, 5]);
  await expect(screen.getByRole('heading', { name: /Rate it from 1 to 5/ })).toBeVisible();
  await expect(screen.getByText(/5 of 5 have rated/).first()).toBeVisible();
  await snap(screen, 'present-pulse-hidden');

  // Reflect: a hidden card.
  await page.getByRole('button', { name: 'Go to Reflect' }).click();
  await addCard(page, PRACTICES[1] as string, 'To improve', 'Hidden card about the reorg');
  await expect(screen.getByText('1 card still hidden')).toBeVisible();

  const shown = await screen.locator('body').textContent();
  expect(shown).not.toContain('Secret');
  expect(shown).not.toContain('Hidden card about the reorg');
  const html = await screen.content();
  expect(html).not.toContain('Secret');
  expect(html).not.toContain('Hidden card about the reorg');

  // Revealing shows the card on the shared screen, live.
  await page.getByRole('button', { name: 'Reveal all cards (1)' }).click();
  await expect(screen.getByText('Hidden card about the reorg')).toBeVisible();
  await snap(screen, 'present-reflect');
  expect(await screen.content()).not.toContain('Secret');
});

test('cards ticked later join an existing group together, with their dots', async ({ app }) => {
  const { page } = app;
  await createTeam(page);
  await startRetro(page, 'Grouping check');
  await page.getByRole('button', { name: 'Save participants' }).click();
  await page.getByRole('button', { name: 'Go to Reflect' }).click();
  const texts = [
    'Release dates lived in one person’s head',
    'Roadmap changes reached us last',
    'Support heard about the outage from customers',
    'The freeze was announced in a private chat',
  ];
  for (const text of texts) await addCard(page, PRACTICES[1] as string, 'To improve', text);
  await page.getByRole('button', { name: 'Reveal all cards (4)' }).click();

  await page.getByRole('button', { name: 'Go to Group & vote' }).click();
  await stageHeading(page, 'Group & vote');
  await page.getByLabel(`Dots for ${texts[2]}`).fill('2');
  await page.getByLabel(`Dots for ${texts[2]}`).press('Enter');
  await page.getByLabel(`Dots for ${texts[3]}`).fill('1');
  await page.getByLabel(`Dots for ${texts[3]}`).press('Enter');
  await expect(page.getByText('3 of 15 dots placed')).toBeVisible();
  await page.getByRole('checkbox', { name: texts[0] }).check();
  await page.getByRole('checkbox', { name: texts[1] }).check();
  await page.getByLabel('Group title').fill('News reaches us late');
  await page.getByRole('button', { name: 'Group selected cards' }).click();
  const groups = page.getByRole('list', { name: 'Groups' });
  await expect(groups).toContainText('2 cards · 0 dots');

  await page.getByRole('checkbox', { name: texts[2] }).check();
  await page.getByRole('checkbox', { name: texts[3] }).check();
  await page
    .getByRole('button', { name: 'Add 2 selected cards to “News reaches us late”' })
    .click();
  await expect(groups).toContainText('4 cards · 3 dots');
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByText('3 of 15 dots placed')).toBeVisible();

  const grouped = query<{ text: string }>(
    app.databaseFile,
    'SELECT text FROM cards WHERE group_id IS NOT NULL ORDER BY rowid',
  );
  expect(grouped.map((row) => row.text)).toEqual(texts);
});
