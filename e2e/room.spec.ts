import BetterSqlite3 from 'better-sqlite3';
import { call } from './api';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { type Device, joinAndCheckIn, openDevice, rate } from './room-devices';
import { snap } from './screens';

// A facilitator and eight people on their own phones run a whole retro over the room.

const PRACTICES = [
  'Reward initiative, not just outcomes',
  'Share information freely',
  'Model humility',
  'Focus on influence, not control',
];
const NAMES = ['Amara', '', '', 'Ben', '', '', '', ''];
const WORDS = ['calm', 'tired', 'busy', 'curious', 'ready', 'focused', 'sleepy', 'happy'];
const scoresOf = (i: number) => PRACTICES.map((_, p) => 1 + ((i + p) % 5));
const cardOf = (i: number) => `Card from phone ${i + 1}`;

function rows<T>(file: string, sql: string): T[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

test('eight people on their phones run a whole retro, privately and at the same time', async ({
  app,
  browser,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  await page.getByLabel('Team name').fill('Checkout squad');
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.getByRole('button', { name: 'New retro' }).click();
  await page.getByLabel('Title').fill('Phones retro');
  await page.getByRole('button', { name: 'Start retro' }).click();
  await expect(page.getByRole('heading', { name: 'Phones retro', level: 1 })).toBeVisible();
  const sessionId = new URL(page.url()).hash.split('/sessions/')[1] as string;
  const screen = await app.openSecondView(`/present/${sessionId}`);
  await screen.setViewportSize({ width: 1920, height: 1080 });

  // The facilitator lets people join.
  await page.getByRole('button', { name: 'Let people join' }).click();
  await expect(page.getByLabel('Network people join on')).toHaveValue('127.0.0.1');
  await page.getByRole('button', { name: 'Start the room' }).click();
  await expect(page.getByRole('img', { name: /QR code to join/ })).toBeVisible();
  const room = await call<{ qrUrl: string; code: string }>(page, 'room.status', { sessionId });
  await expect(page.getByText(room.code, { exact: true })).toBeVisible();
  await expect(screen.getByRole('complementary', { name: 'Join from your phone' })).toContainText(
    room.code,
  );
  await snap(page, 'room-console-started');
  await snap(screen, 'room-screen-join');

  const phones: Device[] = [];
  for (const _name of NAMES) phones.push(await openDevice(browser, room.qrUrl));
  const phoneAt = (i: number) => (phones[i] as Device).page;
  await expectAccessible(phoneAt(0), 'the phone’s join page');
  await snap(phoneAt(0), 'room-phone-join');
  await Promise.all(
    phones.map((phone, i) => joinAndCheckIn(phone, NAMES[i] ?? '', WORDS[i] ?? '', i === 0)),
  );
  await expect(page.getByText('8 devices in the room')).toBeVisible();
  await expect(screen.getByText('8 people here')).toBeVisible();
  await expect(screen.getByRole('list', { name: 'Check-in words' })).toContainText('curious');

  // Pulse: everyone rates at once; nothing shows until the reveal.
  await page.getByRole('button', { name: 'Go to Pulse' }).click();
  await expectAccessible(phoneAt(1), 'the phone’s pulse');
  await snap(phoneAt(1), 'room-phone-pulse');
  await Promise.all(phones.map((phone, i) => rate(phone.page, PRACTICES, scoresOf(i))));
  await expect(screen.getByText('8 of 8 devices submitted')).toBeVisible();
  for (const phone of phones) {
    await expect(phone.page.getByRole('list', { name: 'Pulse results' })).toHaveCount(0);
  }
  await expect(screen.getByText(/8 of 8 have rated/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Reveal ratings' }).click();
  for (const phone of phones) {
    await expect(phone.page.getByRole('list', { name: 'Pulse results' })).toBeVisible();
  }

  // Reflect: cards stay private to their writer until revealed.
  await page.getByRole('button', { name: 'Go to Reflect' }).click();
  await Promise.all(
    phones.map(async ({ page: phone }, i) => {
      await expect(phone.getByRole('heading', { name: 'Write a card' })).toBeVisible();
      await phone.getByLabel('Practice').selectOption({ label: PRACTICES[i % 4] as string });
      await phone.getByRole('radio', { name: i % 2 ? 'To improve' : 'Went well' }).check();
      await phone.getByLabel('Card', { exact: true }).fill(cardOf(i));
      await phone.getByRole('button', { name: 'Add card' }).click();
      await expect(phone.getByRole('button', { name: `Edit “${cardOf(i)}”` })).toBeVisible();
    }),
  );
  const first = phoneAt(0);
  await first.getByRole('button', { name: `Edit “${cardOf(0)}”` }).click();
  await first.getByLabel('Change the card').fill('Edited by its writer');
  await first.getByRole('button', { name: 'Save card' }).click();
  await expect(first.getByRole('button', { name: 'Edit “Edited by its writer”' })).toBeVisible();
  await snap(first, 'room-phone-cards');
  await expectAccessible(first, 'the phone’s cards');
  await expect(screen.getByText('8 cards still hidden')).toBeVisible();
  await expect(phoneAt(2).getByText(cardOf(3))).toHaveCount(0);
  await expect(screen.getByText(cardOf(3))).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal all cards (8)' }).click();
  await expect(screen.getByText(cardOf(3))).toBeVisible();
  await expect(phoneAt(2).getByText(cardOf(3))).toBeVisible();
  await expect(first.getByRole('button', { name: /^Edit/ })).toHaveCount(0);

  // Group & vote: three dots each; a phone reloads half-way and resumes; a retry counts once.
  await page.getByRole('button', { name: 'Go to Group & vote' }).click();
  await expect(phoneAt(6).getByRole('heading', { name: 'Vote with your dots' })).toBeVisible();
  await expectAccessible(phoneAt(6), 'the phone’s vote');
  await snap(phoneAt(6), 'room-phone-vote');
  const targets = [cardOf(1), cardOf(2), cardOf(3)];
  await Promise.all(
    phones.slice(0, 7).map(async ({ page: phone }, i) => {
      const target = targets[i % 3] as string;
      for (let dot = 0; dot < 3; dot++) {
        await phone.getByRole('button', { name: `Put a dot on “${target}”` }).click();
      }
      await phone.getByRole('button', { name: 'Place my dots' }).click();
      await expect(phone.getByText('Your dots are in.')).toBeVisible();
    }),
  );
  const reloaded = phoneAt(3);
  await reloaded.reload();
  await expect(reloaded.getByText('Your dots are in.')).toBeVisible();
  const last = phoneAt(7);
  await last.reload();
  await expect(last.getByRole('heading', { name: 'Vote with your dots' })).toBeVisible();
  const retried = await last.evaluate(async (title) => {
    const token = localStorage.getItem('threadline.room.device') ?? '';
    const headers = { 'content-type': 'application/json', 'x-threadline-device': token };
    const view = await (
      await fetch('/api/room.view', { method: 'POST', headers, body: '{}' })
    ).json();
    const item = view.value.voteItems.find((i: { title: string }) => i.title === title);
    const body = JSON.stringify({
      key: 'retry-after-drop-1',
      allocations: [{ item: item.ref, dots: 2 }],
    });
    const answers = [];
    for (let i = 0; i < 2; i++) {
      answers.push(
        await (await fetch('/api/device.vote', { method: 'POST', headers, body })).json(),
      );
    }
    return answers;
  }, cardOf(4));
  expect(retried).toEqual([
    { ok: true, value: null },
    { ok: true, value: null },
  ]);
  await expect(page.getByText('8 of 8 devices').nth(0)).toBeVisible();
  await expect(screen.getByText('8 of 8 devices submitted')).toBeVisible();
  await expect(last.getByText('Your dots are in.')).toBeVisible();
  for (const phone of phones) {
    await expect(phone.page.getByRole('list', { name: 'Vote results' })).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Show results on the shared screen' }).click();
  for (const phone of phones) {
    await expect(phone.page.getByRole('list', { name: 'Vote results' })).toContainText('9 dots');
  }

  // Act: a commitment carries the name its writer gives.
  await page.getByRole('button', { name: 'Go to Act' }).click();
  await expect(first.getByLabel('Your name')).toHaveValue('Amara');
  await first.getByLabel('I will lead on').fill('Write the release notes before the demo');
  await first.getByRole('button', { name: 'Add my commitment' }).click();
  await expect(first.getByText('Write the release notes before the demo')).toBeVisible();

  // Close: ROTI from every phone, then the retro closes and so does the room.
  await page.getByRole('button', { name: 'Go to Close' }).click();
  await expect(
    phoneAt(5).getByRole('heading', { name: 'Was this retro worth your time?' }),
  ).toBeVisible();
  await expectAccessible(phoneAt(5), 'the phone’s ROTI');
  await snap(page, 'room-console-close');
  await snap(screen, 'room-screen-close');
  await Promise.all(
    phones.map(async ({ page: phone }, i) => {
      await phone.getByRole('radio', { name: new RegExp(`^${3 + (i % 3)}:`) }).check();
      await phone.getByRole('button', { name: 'Send my answer' }).click();
      await expect(phone.getByText('Your answer is in.')).toBeVisible();
    }),
  );
  await expect(screen.getByText('8 of 8 devices submitted')).toBeVisible();
  for (const phone of phones) {
    await expect(phone.page.getByRole('list', { name: 'ROTI result' })).toHaveCount(0);
  }
  await expect(screen.getByText('3.88', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal ROTI' }).click();
  await expect(screen.getByText('3.88', { exact: true })).toBeVisible();
  for (const phone of phones) {
    await expect(phone.page.getByRole('list', { name: 'ROTI result' })).toContainText(
      '3.88 out of 5',
    );
  }
  await snap(phoneAt(5), 'room-phone-roti-revealed');
  await page.getByRole('button', { name: 'Close session' }).click();
  await page.getByRole('button', { name: 'Close and make read-only' }).click();
  await expect(page.getByRole('button', { name: 'Reopen session' })).toBeVisible();
  for (const phone of phones) {
    await expect(
      phone.page.getByText('This room has closed. Thank you for taking part.'),
    ).toBeVisible();
  }

  // What is stored is what the phones entered, and nothing ties it to a phone or a person.
  const file = app.databaseFile;
  const expected = PRACTICES.map((_, p) => NAMES.map((__, i) => scoresOf(i)[p]).sort());
  const stored = rows<{ practice_id: string; scores: string }>(
    file,
    "SELECT practice_id, group_concat(score) AS scores FROM (SELECT * FROM pulse_ratings WHERE entry = 'private' ORDER BY score) GROUP BY practice_id",
  );
  const byPractice = new Map(stored.map((r) => [r.practice_id, r.scores]));
  const ids = ['reward-initiative', 'share-information', 'model-humility', 'influence-not-control'];
  for (const [p, id] of ids.entries()) expect(byPractice.get(id)).toBe(expected[p]?.join(','));
  expect(
    rows(file, 'SELECT text FROM cards ORDER BY text').map((r) => (r as { text: string }).text),
  ).toEqual(['Edited by its writer', ...NAMES.slice(1).map((_, i) => cardOf(i + 1))].sort());
  expect(rows(file, 'SELECT SUM(dots) AS dots FROM votes')).toEqual([{ dots: 23 }]);
  expect(
    rows(file, 'SELECT score FROM roti_ratings ORDER BY score').map(
      (r) => (r as { score: number }).score,
    ),
  ).toEqual(NAMES.map((_, i) => 3 + (i % 3)).sort());
  expect(rows(file, 'SELECT person, text FROM commitments')).toEqual([
    { person: 'Amara', text: 'Write the release notes before the demo' },
  ]);
  expect(rows(file, 'SELECT COUNT(*) AS n FROM check_in_words')).toEqual([{ n: 8 }]);
  expect(rows(file, "SELECT COUNT(*) AS n FROM participants WHERE via = 'room'")).toEqual([
    { n: 8 },
  ]);
  expect(
    rows(file, 'SELECT round, COUNT(*) AS n FROM submissions GROUP BY round ORDER BY round'),
  ).toEqual([
    { round: 'pulse', n: 8 },
    { round: 'roti', n: 8 },
    { round: 'votes', n: 8 },
  ]);
  for (const phone of phones) await phone.context.close();
});
