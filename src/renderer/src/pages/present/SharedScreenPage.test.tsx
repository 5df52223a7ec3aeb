import { ok, sessionWith } from '@main/test/dispatch-helpers';
import { workspaceApp } from '@renderer/test/workspace-app';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SharedScreenPage } from './SharedScreenPage';

const title = (name: string) => screen.findByRole('heading', { level: 1, name });

describe('the shared screen', () => {
  it('follows what the console puts on it: the team between retros, then each retro', async () => {
    const app = await workspaceApp();
    app.render(<SharedScreenPage />);
    expect(await title('Shared screen')).toBeInTheDocument();

    const { team, sessionId } = sessionWith(app.ws, 3);
    ok(app.ws, 'screen.show', { show: 'idle', teamId: team.id });
    expect(await title('Checkout squad')).toBeInTheDocument();

    ok(app.ws, 'screen.show', { show: 'session', sessionId });
    expect(await title('In one word: how did the last stretch of work feel?')).toBeInTheDocument();
    expect(screen.getByText('3 people here')).toBeInTheDocument();

    const next = ok(app.ws, 'sessions.create', { teamId: team.id, title: 'Sprint 13 retro' });
    ok(app.ws, 'screen.show', { show: 'session', sessionId: next.id });
    expect(await screen.findByText('Sprint 13 retro', { exact: false })).toBeInTheDocument();
    expect(screen.queryByText('3 people here')).not.toBeInTheDocument();
  });

  it('shows the page of a long stage the console turned to, and says which it is', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 3);
    ok(app.ws, 'sessions.goToStage', { sessionId, stageId: 'reflect' });
    for (let n = 1; n <= 13; n++) {
      ok(app.ws, 'cards.add', {
        sessionId,
        practiceId: 'model-humility',
        kind: 'went_well',
        text: `Card number ${n}`,
      });
    }
    ok(app.ws, 'cards.revealAll', { sessionId });
    ok(app.ws, 'screen.show', { show: 'session', sessionId });
    app.render(<SharedScreenPage />);

    expect(await screen.findByText('Page 1 of 2')).toBeInTheDocument();
    expect(screen.getByText('Card number 12')).toBeInTheDocument();
    expect(screen.queryByText('Card number 13')).not.toBeInTheDocument();

    ok(app.ws, 'screen.turnPage', { by: 1 });
    expect(await screen.findByText('Page 2 of 2')).toBeInTheDocument();
    expect(screen.getByText('Card number 13')).toBeInTheDocument();
    expect(screen.queryByText('Card number 1')).not.toBeInTheDocument();
  });
});
