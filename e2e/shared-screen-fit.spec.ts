import type { Locator, Page } from '@playwright/test';
import { call } from './api';
import { bigRetro } from './big-retro';
import { measureFit } from './fit';
import { expect, test } from './fixtures';
import { snap } from './screens';

// A projector cannot scroll: every stage of a retro with 40 cards, 25 items to vote on and 12
// commitments must fit the screen at 1280×720 and 1920×1080, page by page, with no text below
// the projector minimum (18px at 1280×720, growing with the screen). 3840×2160 is checked too,
// and every page is photographed at all three sizes to be looked at. People can join from their
// phones throughout, so the room's join info takes its place on every page too.

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

interface Step {
  stage: string;
  title: string;
  pages: number;
  /** What only this stage shows, so the check waits for it. */
  shows: (screen: Page) => Locator;
  /** Run before the stage is shown. */
  before?: (page: Page, sessionId: string) => Promise<void>;
  name?: string;
}

const STEPS: Step[] = [
  { stage: 'check-in', title: 'Check-in', pages: 1, shows: (s) => s.getByText('12 people here') },
  { stage: 'review', title: 'Review', pages: 2, shows: (s) => s.getByText('2 of 12') },
  {
    stage: 'pulse',
    title: 'Pulse',
    pages: 1,
    shows: (s) => s.locator('.recharts-bar-rectangle').first(),
  },
  {
    stage: 'reflect',
    title: 'Reflect',
    pages: 4,
    shows: (s) => s.getByRole('list', { name: 'Cards' }),
  },
  {
    stage: 'recognize',
    title: 'Recognize',
    pages: 2,
    shows: (s) => s.locator('.pf-kudos-card').first(),
  },
  {
    stage: 'group-vote',
    title: 'Group & vote',
    name: 'group-vote-board',
    pages: 3,
    before: (page, sessionId) => call(page, 'votes.reveal', { sessionId, revealed: false }),
    shows: (s) => s.getByRole('list', { name: 'Cards and groups' }),
  },
  {
    stage: 'group-vote',
    title: 'Group & vote',
    name: 'group-vote-results',
    pages: 1,
    before: (page, sessionId) => call(page, 'votes.reveal', { sessionId, revealed: true }),
    shows: (s) => s.getByText('and 19 more with fewer dots'),
  },
  {
    stage: 'act',
    title: 'Act',
    pages: 4,
    shows: (s) => s.getByRole('heading', { name: 'Where we will lead' }),
  },
  {
    stage: 'close',
    title: 'Close',
    pages: 3,
    shows: (s) => s.getByRole('heading', { name: 'What we agreed' }),
  },
];

test('every stage of a long retro fits the shared screen, page by page, in readable type', async ({
  app,
}) => {
  test.setTimeout(600_000);
  const { page } = app;
  const { sessionId } = await bigRetro(page);
  const room = await call<{ code: string }>(page, 'room.start', {
    sessionId,
    address: '127.0.0.1',
  });
  await call(page, 'screen.show', { show: 'session', sessionId });
  const screen = await app.openSecondView('/present');
  await screen.emulateMedia({ reducedMotion: 'reduce' });

  for (const step of STEPS) {
    await step.before?.(page, sessionId);
    await call(page, 'sessions.goToStage', { sessionId, stageId: step.stage });
    for (let index = 0; index < step.pages; index++) {
      if (index > 0) await call(page, 'screen.turnPage', { by: 1 });
      for (const size of SIZES) {
        await screen.setViewportSize(size);
        await expect(screen.getByText(new RegExp(`^Stage \\d: ${step.title}$`))).toBeVisible();
        await expect(step.shows(screen)).toBeVisible();
        await expect(screen.getByText(room.code, { exact: true })).toBeVisible();
        if (step.pages > 1) {
          await expect(screen.getByText(`Page ${index + 1} of ${step.pages}`)).toBeVisible();
        }
        const where = `${step.name ?? step.stage} page ${index + 1} at ${size.width}×${size.height}`;
        // Charts lay themselves out after a resize: measure once they have settled.
        await expect
          .poll(
            async () => {
              const fit = await measureFit(screen);
              return [...fit.outside, ...fit.tooSmall];
            },
            { message: where },
          )
          .toEqual([]);
        const fit = await measureFit(screen);
        expect(fit.page, where).toEqual(fit.viewport);
        expect(fit.minimum, where).toBe(Math.max(18, (18 * size.height) / 720));
        await snap(
          screen,
          `shared-${step.name ?? step.stage}-${index + 1}-${size.width}x${size.height}`,
        );
      }
    }
  }
});
