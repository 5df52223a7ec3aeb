import { ok, sessionWith } from '@main/test/dispatch-helpers';
import { workspaceApp } from '@renderer/test/workspace-app';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SessionConsole } from './SessionConsole';

const storedStage = (app: Awaited<ReturnType<typeof workspaceApp>>, sessionId: string) =>
  ok(app.ws, 'sessions.get', { sessionId }).session.currentStage;
const stageTitle = (title: string) => screen.findByRole('heading', { level: 2, name: title });

describe('moving through the stages in the console', () => {
  it('moves by keys and buttons, stores the stage and passes over a skipped Review', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 5);
    app.render(<SessionConsole sessionId={sessionId} />);
    await stageTitle('Check-in');
    expect(screen.getByRole('button', { name: /^← Previous/ })).toBeDisabled();

    await userEvent.keyboard('{ArrowRight}');
    await stageTitle('Pulse');
    expect(storedStage(app, sessionId)).toBe('pulse');
    expect(screen.getByText('Stage 2 of 7')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next: Reflect →' }));
    await stageTitle('Reflect');
    await userEvent.keyboard('{PageUp}');
    await stageTitle('Pulse');
    await userEvent.keyboard('{ArrowLeft}');
    await stageTitle('Check-in');
    expect(storedStage(app, sessionId)).toBe('check-in');
  });

  it('browses a closed session stage by stage without changing what is stored', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 5);
    ok(app.ws, 'sessions.goToStage', { sessionId, stageId: 'close' });
    ok(app.ws, 'sessions.close', { sessionId });
    app.render(<SessionConsole sessionId={sessionId} />);
    await stageTitle('Close');
    expect(screen.getByRole('button', { name: /^Next/ })).toBeDisabled();

    await userEvent.keyboard('{ArrowLeft}');
    await stageTitle('Act');
    await userEvent.click(screen.getByRole('button', { name: 'Go to Check-in' }));
    await stageTitle('Check-in');
    expect(storedStage(app, sessionId)).toBe('close');
    expect(app.count('sessions.goToStage')).toBe(0);
  });

  it('shows another session only once it is loaded, with none of the first one’s notes', async () => {
    const app = await workspaceApp();
    const first = sessionWith(app.ws, 5).sessionId;
    ok(app.ws, 'sessions.update', { sessionId: first, notes: 'Ben seems tired' });
    const { team } = sessionWith(app.ws, 5, 'Platform team');
    const second = ok(app.ws, 'sessions.create', { teamId: team.id, title: 'Platform retro' }).id;
    const view = app.render(<SessionConsole sessionId={first} />);
    expect(await screen.findByRole('textbox', { name: 'Facilitator notes' })).toHaveValue(
      'Ben seems tired',
    );

    const release = app.hold(
      (method, input) => method === 'sessions.get' && input.sessionId === second,
    );
    view.rerender(<SessionConsole sessionId={second} />);
    await waitFor(() => expect(screen.getByText('Loading session…')).toBeInTheDocument());
    expect(document.body).not.toHaveTextContent('Sprint 12 retro');
    expect(document.body).not.toHaveTextContent('Ben seems tired');

    release();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Platform retro' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Facilitator notes' })).toHaveValue('');
  });
});
