import { PRACTICE_IDS } from '@shared/practices';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, ok, refused, sessionWith } from '../test/dispatch-helpers';
import { tempWorkspace } from '../test/temp-workspace';
import { openWorkspace } from '../workspace';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;

beforeEach(async () => {
  ws = await tempWorkspace();
});
afterEach(() => ws.dispose());

const screen = () => ok(ws, 'screen.get', {});

/** `n` revealed cards in a session at Reflect. */
function cards(sessionId: string, n: number): void {
  ok(ws, 'sessions.goToStage', { sessionId, stageId: 'reflect' });
  for (let i = 0; i < n; i++) {
    ok(ws, 'cards.add', {
      sessionId,
      practiceId: PRACTICE_IDS[i % 4],
      kind: i % 2 === 0 ? 'went_well' : 'to_improve',
      text: `Card ${i + 1}`,
    });
  }
  ok(ws, 'cards.revealAll', { sessionId });
}

describe('the shared screen', () => {
  it('is idle, with no team, before the console puts anything on it', () => {
    expect(screen()).toEqual({ show: 'idle', team: null });
    expect(count(ws, 'shared_screen')).toBe(0);
  });

  it('follows the retro the console opened, stage by stage, and the next retro after it', () => {
    const { team, sessionId } = sessionWith(ws, 5);
    ok(ws, 'screen.show', { show: 'session', sessionId });
    expect(screen()).toEqual({
      show: 'session',
      team: { id: team.id, name: 'Checkout squad' },
      sessionId,
      stageId: 'check-in',
      page: 0,
      pages: 1,
    });

    ok(ws, 'sessions.goToStage', { sessionId, stageId: 'pulse' });
    expect(screen()).toMatchObject({ show: 'session', sessionId, stageId: 'pulse' });

    const next = ok(ws, 'sessions.create', { teamId: team.id, title: 'Sprint 13 retro' });
    ok(ws, 'screen.show', { show: 'session', sessionId: next.id });
    expect(screen()).toMatchObject({ show: 'session', sessionId: next.id });
  });

  it('turns the pages of a long stage within their number, starting each stage at the first', () => {
    const { sessionId } = sessionWith(ws, 5);
    cards(sessionId, 40);
    ok(ws, 'screen.show', { show: 'session', sessionId });
    // Twelve cards a page: 40 take four pages.
    expect(screen()).toMatchObject({ stageId: 'reflect', page: 0, pages: 4 });

    ok(ws, 'screen.turnPage', { by: -1 });
    expect(screen()).toMatchObject({ page: 0 });
    for (let turn = 0; turn < 5; turn++) ok(ws, 'screen.turnPage', { by: 1 });
    expect(screen()).toMatchObject({ page: 3, pages: 4 });

    // A page belongs to its stage: the next stage starts at its first page, and going back
    // finds the page where the stage was left.
    ok(ws, 'sessions.goToStage', { sessionId, stageId: 'recognize' });
    expect(screen()).toMatchObject({ stageId: 'recognize', page: 0, pages: 1 });
    ok(ws, 'sessions.goToStage', { sessionId, stageId: 'reflect' });
    expect(screen()).toMatchObject({ stageId: 'reflect', page: 3 });

    // Fewer cards than the page shown: the screen shows the last page there is.
    const shown = ok(ws, 'sessions.get', { sessionId }).cards;
    for (const card of shown.slice(0, 20)) ok(ws, 'cards.delete', { cardId: card.id });
    expect(screen()).toMatchObject({ page: 1, pages: 2 });
  });

  it('keeps its page when the console shows the same retro again, as a reloaded console does', () => {
    const { sessionId } = sessionWith(ws, 5);
    cards(sessionId, 30);
    ok(ws, 'screen.show', { show: 'session', sessionId });
    ok(ws, 'screen.turnPage', { by: 1 });
    ok(ws, 'screen.show', { show: 'session', sessionId });
    expect(screen()).toMatchObject({ page: 1, pages: 3 });
  });

  it('shows a dashboard chart, and the team’s idle screen between retros', () => {
    const { team, sessionId } = sessionWith(ws, 5);
    ok(ws, 'screen.show', { show: 'session', sessionId });
    ok(ws, 'screen.show', {
      show: 'chart',
      teamId: team.id,
      slideId: 'distribution-model-humility',
    });
    expect(screen()).toEqual({
      show: 'chart',
      team: { id: team.id, name: 'Checkout squad' },
      slideId: 'distribution-model-humility',
    });
    ok(ws, 'screen.show', { show: 'idle', teamId: team.id });
    expect(screen()).toEqual({ show: 'idle', team: { id: team.id, name: 'Checkout squad' } });
  });

  it('refuses what does not exist, and pages only a retro, changing nothing', () => {
    const { team } = sessionWith(ws, 5);
    ok(ws, 'screen.show', { show: 'idle', teamId: team.id });
    expect(refused(ws, 'screen.show', { show: 'session', sessionId: 'gone' }).code).toBe(
      'not_found',
    );
    expect(refused(ws, 'screen.show', { show: 'idle', teamId: 'gone' }).code).toBe('not_found');
    expect(
      refused(ws, 'screen.show', { show: 'chart', teamId: team.id, slideId: 'distribution' }),
    ).toMatchObject({ code: 'invalid_input', message: 'That chart does not exist.' });
    expect(refused(ws, 'screen.show', { show: 'everything' }).code).toBe('invalid_input');
    expect(refused(ws, 'screen.turnPage', { by: 2 }).code).toBe('invalid_input');
    expect(refused(ws, 'screen.turnPage', { by: 1 })).toMatchObject({
      code: 'conflict',
      message: 'The shared screen is not showing a retro, so it has no pages to turn.',
    });
    expect(screen()).toEqual({ show: 'idle', team: { id: team.id, name: 'Checkout squad' } });
  });

  it('falls back to the team’s idle screen when its retro is deleted, and to none with the team', () => {
    const { team, sessionId } = sessionWith(ws, 5);
    ok(ws, 'screen.show', { show: 'session', sessionId });
    ok(ws, 'sessions.delete', { sessionId });
    expect(screen()).toEqual({ show: 'idle', team: { id: team.id, name: 'Checkout squad' } });

    ok(ws, 'screen.show', { show: 'chart', teamId: team.id, slideId: 'kudos' });
    ok(ws, 'teams.delete', { teamId: team.id });
    expect(screen()).toEqual({ show: 'idle', team: null });
  });

  it('says the same after a restart', async () => {
    const { sessionId } = sessionWith(ws, 5);
    cards(sessionId, 13);
    ok(ws, 'screen.show', { show: 'session', sessionId });
    ok(ws, 'screen.turnPage', { by: 1 });
    const before = screen();
    ws.close();

    const reopened = await openWorkspace({ dataDir: ws.dir, mode: 'browser', version: 'test' });
    try {
      expect(ok(reopened, 'screen.get', {})).toEqual(before);
      expect(before).toMatchObject({ stageId: 'reflect', page: 1, pages: 2 });
    } finally {
      reopened.close();
    }
  });
});

describe('the ROTI reveal', () => {
  it('keeps the ROTI off the shared screen, showing only how many rated, until revealed', () => {
    const { sessionId } = sessionWith(ws, 5);
    ok(ws, 'roti.setTally', { sessionId, counts: [0, 0, 1, 2, 1] });
    const hidden = ok(ws, 'sessions.presentation', { sessionId });
    expect(hidden.roti).toBeNull();
    expect(hidden.rotiProgress).toBe(4);
    expect(hidden.session.rotiRevealed).toBe(false);

    ok(ws, 'roti.reveal', { sessionId, revealed: true });
    const shown = ok(ws, 'sessions.presentation', { sessionId });
    expect(shown.roti).toMatchObject({ distribution: [0, 0, 1, 2, 1], total: 4, mean: 4 });
    expect(ok(ws, 'sessions.get', { sessionId }).session.rotiRevealed).toBe(true);

    ok(ws, 'roti.reveal', { sessionId, revealed: false });
    expect(ok(ws, 'sessions.presentation', { sessionId }).roti).toBeNull();
  });

  it('shows the ROTI once the retro is closed, revealed or not, and refuses changes then', () => {
    const { sessionId } = sessionWith(ws, 5);
    ok(ws, 'roti.setTally', { sessionId, counts: [0, 0, 0, 0, 5] });
    ok(ws, 'sessions.close', { sessionId });
    expect(ok(ws, 'sessions.presentation', { sessionId }).roti).toMatchObject({ mean: 5 });
    expect(refused(ws, 'roti.reveal', { sessionId, revealed: true }).code).toBe('read_only');
  });
});
