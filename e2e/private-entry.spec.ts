import { call } from './api';
import { expect, test } from './fixtures';
import { snap } from './screens';

// Pass-the-laptop: while people enter privately, the console behind the private screen shows
// nothing of the facilitator's (no notes, no running results) and cannot be moved; leaving the
// private screen takes a deliberate hold; and the console counts votes without ranking them
// until the results are shown.

const PEOPLE = ['Ana', 'Ben', 'Chioma', 'Dev', 'Emeka'];
const CARDS = ['Release dates reach us late', 'Decisions arrive as orders', 'Demos are skipped'];

test('passing the laptop locks the console until the facilitator holds to come back', async ({
  app,
}) => {
  const { page } = app;
  await page.getByLabel('Team name').fill('Checkout squad');
  await page.getByLabel('Members (optional)').fill(PEOPLE.join('\n'));
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.getByRole('button', { name: 'New retro' }).click();
  await page.getByLabel('Title').fill('Sprint 12 retro');
  await page.getByRole('button', { name: 'Start retro' }).click();
  await page.getByRole('button', { name: 'Save participants' }).click();
  await expect(page.getByText('5 people taking part by name.')).toBeVisible();
  const notes = page.getByRole('textbox', { name: 'Facilitator notes' });
  await notes.fill('Secret: Ben seems unhappy');
  await notes.blur();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  const sessionId = new URL(page.url()).hash.split('/sessions/')[1] as string;
  for (const text of CARDS) {
    await call(page, 'cards.add', {
      sessionId,
      practiceId: 'share-information',
      kind: 'to_improve',
      text,
    });
  }
  await call(page, 'cards.revealAll', { sessionId });
  await page.getByRole('button', { name: 'Go to Group & vote' }).click();
  await page.getByRole('radio', { name: 'Pass the laptop: each person votes privately' }).check();
  await page.getByRole('button', { name: 'Start pass-the-laptop' }).click();

  const turn = page.getByRole('dialog', { name: 'Pass the laptop: dots' });
  await expect(turn).toBeVisible();
  await expect(notes).toBeHidden();
  await expect(page.locator('.console')).toHaveAttribute('inert', '');
  // The console's keys are off: the arrow that moves to the next stage does nothing.
  await page.mouse.click(5, 5);
  await page.keyboard.press('ArrowRight');

  await turn.getByRole('button', { name: 'Enter dots for Ana' }).click();
  await expect(turn.getByRole('heading', { name: 'Ana, it is your turn' })).toBeVisible();
  for (let dot = 0; dot < 3; dot++) {
    await turn.getByRole('button', { name: `Add a dot to ${CARDS[1]}` }).click();
  }
  await turn.getByRole('button', { name: 'Save my dots' }).click();
  await expect(turn.getByText('Thank you, Ana.')).toBeVisible();
  await snap(page, 'private-entry-handover');

  // A tap does not leave: it says how to.
  const back = turn.getByRole('button', { name: 'Back to the facilitator view' });
  await back.click();
  await expect(turn).toBeVisible();
  await expect(turn.getByRole('status')).toHaveText(/^Not yet\. .*press and hold for two seconds/);
  await expect(notes).toBeHidden();

  // Holding Enter for two seconds does.
  await back.focus();
  await page.keyboard.down('Enter');
  await expect(turn).toBeHidden({ timeout: 5_000 });
  await page.keyboard.up('Enter');

  await expect(notes).toBeVisible();
  await expect(notes).toHaveValue('Secret: Ben seems unhappy');
  await expect(page.getByRole('heading', { name: 'Group & vote', level: 2 })).toBeVisible();
  // Counts, not results: how many dots are in, but not where they went until they are shown.
  await expect(page.getByText('3 of 15 dots placed')).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: CARDS[1] as string });
  await expect(card).toContainText('0 dots');
  await snap(page, 'private-entry-after');
  await page.getByRole('button', { name: 'Show results on the shared screen' }).click();
  await expect(card).toContainText('3 dots');
});
