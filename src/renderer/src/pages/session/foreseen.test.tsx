import { ok, sessionWith } from '@main/test/dispatch-helpers';
import type { Workspace } from '@main/workspace';
import { workspaceApp } from '@renderer/test/workspace-app';
import { PRACTICE_IDS } from '@shared/practices';
import type { SessionView } from '@shared/sessions';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { withCardAdded, withStage, withTimerPaused, withTimerStarted } from './foreseen';
import { SessionConsole } from './SessionConsole';

const view = (ws: Workspace, sessionId: string) => ok(ws, 'sessions.get', { sessionId });
/** A view without what only the store knows: the clock and the ids and times it gives. */
const comparable = ({ timer, cards, ...rest }: SessionView) => ({
  ...rest,
  timer: { ...timer, startedAt: timer.startedAt !== null, serverNow: null },
  cards: cards.map(({ id, createdAt, ...card }) => card),
});

describe('foreseeing what a change stores', () => {
  it('foresees the next stage and its timebox, with the timer started when the retro says so', async () => {
    const app = await workspaceApp();
    for (const autoStartTimer of [false, true]) {
      const { team } = sessionWith(app.ws, 4, `Team ${autoStartTimer}`);
      const template = ok(app.ws, 'templates.get', { teamId: team.id });
      ok(app.ws, 'templates.update', { ...template, autoStartTimer });
      const retro = ok(app.ws, 'sessions.create', { teamId: team.id, title: 'Later' }).id;
      for (const stageId of ['pulse', 'reflect', 'close'] as const) {
        const foreseen = withStage(view(app.ws, retro), stageId, new Date().toISOString());
        ok(app.ws, 'sessions.goToStage', { sessionId: retro, stageId });
        expect(comparable(foreseen)).toEqual(comparable(view(app.ws, retro)));
      }
    }
  });

  it('foresees the timer started and paused, and a card of either kind, hidden or not', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 4);
    ok(app.ws, 'sessions.goToStage', { sessionId, stageId: 'reflect' });

    const started = withTimerStarted(view(app.ws, sessionId), new Date().toISOString());
    ok(app.ws, 'timer.start', { sessionId });
    expect(comparable(started)).toEqual(comparable(view(app.ws, sessionId)));
    const paused = withTimerPaused(view(app.ws, sessionId), new Date().toISOString());
    ok(app.ws, 'timer.pause', { sessionId });
    const stored = view(app.ws, sessionId);
    expect(paused.timer.startedAt).toBeNull();
    // The store pauses a moment later than foreseen: the time run differs by that moment only.
    expect(Math.abs(paused.timer.elapsedMs - stored.timer.elapsedMs)).toBeLessThan(1_000);

    for (const hideCardsUntilReveal of [false, true]) {
      ok(app.ws, 'sessions.update', { sessionId, hideCardsUntilReveal });
      const card = {
        practiceId: PRACTICE_IDS[2],
        kind: 'to_improve' as const,
        text: `  Say what we know sooner (${hideCardsUntilReveal})\n`,
      };
      const foreseen = withCardAdded(view(app.ws, sessionId), card, new Date().toISOString());
      ok(app.ws, 'cards.add', { sessionId, ...card });
      expect(comparable(foreseen).cards).toEqual(comparable(view(app.ws, sessionId)).cards);
    }
    // A blank card will be refused, so none is foreseen.
    const before = view(app.ws, sessionId);
    const blank = { practiceId: PRACTICE_IDS[0], kind: 'went_well' as const, text: ' \n ' };
    expect(withCardAdded(before, blank, new Date().toISOString())).toBe(before);
  });
});

describe('the console shows its most frequent changes at once', () => {
  it('shows the next stage, a running timer and a new card before the answer comes', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 4);
    ok(app.ws, 'sessions.goToStage', { sessionId, stageId: 'pulse' });
    app.render(<SessionConsole sessionId={sessionId} />);
    await screen.findByRole('heading', { level: 2, name: 'Pulse' });

    const releaseStage = app.hold((method) => method === 'sessions.goToStage');
    await userEvent.click(screen.getByRole('button', { name: 'Next: Reflect →' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Reflect' })).toBeVisible();
    expect(view(app.ws, sessionId).session.currentStage).toBe('pulse');
    releaseStage();
    await waitFor(() => expect(view(app.ws, sessionId).session.currentStage).toBe('reflect'));

    const releaseTimer = app.hold((method) => method === 'timer.start');
    await userEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    expect(screen.getByText('Running')).toBeVisible();
    releaseTimer();
    await screen.findByRole('button', { name: 'Pause timer' });

    const releaseCard = app.hold((method) => method === 'cards.add');
    const text = 'We said early when the plan slipped';
    await userEvent.type(screen.getByLabelText('Card text'), text);
    await userEvent.click(screen.getByRole('button', { name: 'Add card' }));
    // On screen at once; nothing acts on it until it is stored.
    expect(screen.getByRole('button', { name: `Delete card: ${text}` })).toBeDisabled();
    expect(screen.getByRole('button', { name: `Edit card: ${text}` })).toBeDisabled();
    // The field is ready for the next card at once, and what is typed there stays.
    await userEvent.type(screen.getByLabelText('Card text'), 'Next');
    releaseCard();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Delete card: ${text}` })).toBeEnabled(),
    );
    expect(screen.getByLabelText('Card text')).toHaveValue('Next');
    expect(view(app.ws, sessionId).cards.map((card) => card.text)).toEqual([text]);
  });

  it('brings the stored view back, with the error, when the change is refused', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 4);
    app.render(<SessionConsole sessionId={sessionId} />);
    await screen.findByRole('heading', { level: 2, name: 'Check-in' });

    const release = app.hold((method) => method === 'sessions.goToStage');
    await userEvent.click(screen.getByRole('button', { name: /^Next: Pulse/ }));
    await screen.findByRole('heading', { level: 2, name: 'Pulse' });
    // Closed in another window meanwhile: the move is refused.
    ok(app.ws, 'sessions.close', { sessionId });
    release();
    expect(await screen.findByRole('heading', { level: 2, name: 'Check-in' })).toBeVisible();
    expect(await screen.findByRole('alert')).toHaveTextContent(/closed/i);
    expect(view(app.ws, sessionId).session.currentStage).toBe('check-in');
  });
});
