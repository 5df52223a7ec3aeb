import { ok, participantIds, sessionWith } from '@main/test/dispatch-helpers';
import { HOLD_MS } from '@renderer/components/HoldButton';
import { workspaceApp } from '@renderer/test/workspace-app';
import { PRACTICE_IDS } from '@shared/practices';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SessionConsole } from './SessionConsole';

const notes = () => screen.queryByRole('textbox', { name: 'Facilitator notes' });

describe('the console while people enter privately', () => {
  // The hold takes its real two seconds here, on top of a console rendered on a real workspace.
  it('hides the notes and goes inert until the facilitator holds to come back', {
    timeout: 20_000,
  }, async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 3);
    ok(app.ws, 'sessions.update', { sessionId, notes: 'Ben seems tired' });
    ok(app.ws, 'sessions.goToStage', { sessionId, stageId: 'pulse' });
    const { container } = app.render(<SessionConsole sessionId={sessionId} />);
    expect(await screen.findByRole('textbox', { name: 'Facilitator notes' })).toHaveValue(
      'Ben seems tired',
    );

    await userEvent.click(screen.getByRole('radio', { name: 'Pass the laptop' }));
    await userEvent.click(screen.getByRole('button', { name: 'Start passing the laptop' }));
    expect(screen.getByRole('dialog', { name: 'Pass the laptop: pulse ratings' })).toHaveFocus();
    expect(notes()).not.toBeInTheDocument();
    expect(container.querySelector('.console')).toHaveAttribute('inert');
    expect(document.body).not.toHaveTextContent('Ben seems tired');

    // The console's keys stay quiet: nothing moves to the next stage.
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    const back = screen.getByRole('button', { name: 'Back to the facilitator view' });
    await userEvent.click(back);
    expect(notes()).not.toBeInTheDocument();

    fireEvent.pointerDown(back, { button: 0 });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), {
      timeout: HOLD_MS + 2000,
    });
    // The console comes back once the private screen has gone.
    expect(await screen.findByRole('textbox', { name: 'Facilitator notes' })).toHaveValue(
      'Ben seems tired',
    );
    expect(container.querySelector('.console')).not.toHaveAttribute('inert');
    expect(ok(app.ws, 'sessions.get', { sessionId }).session.currentStage).toBe('pulse');
    expect(app.count('sessions.goToStage')).toBe(0);
  });

  it('counts dots and ROTI ratings without showing results until they are revealed', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 3);
    ok(app.ws, 'sessions.goToStage', { sessionId, stageId: 'reflect' });
    for (const text of ['Release dates reach us late', 'Decisions arrive as orders']) {
      ok(app.ws, 'cards.add', { sessionId, practiceId: PRACTICE_IDS[1], kind: 'to_improve', text });
    }
    ok(app.ws, 'cards.revealAll', { sessionId });
    const [ana] = participantIds(app.ws, sessionId);
    const [first] = ok(app.ws, 'sessions.get', { sessionId }).items;
    ok(app.ws, 'votes.submit', {
      sessionId,
      participantId: ana,
      allocations: [{ item: first?.ref, dots: 3 }],
    });
    ok(app.ws, 'sessions.goToStage', { sessionId, stageId: 'group-vote' });
    app.render(<SessionConsole sessionId={sessionId} />);

    expect(await screen.findByText('3 of 9 dots placed')).toBeInTheDocument();
    // The whiteboard tally beside each item leaves out where the private dots went.
    await userEvent.click(
      screen.getByRole('radio', { name: 'Count dots from the whiteboard (tally)' }),
    );
    expect(screen.getByLabelText(`Dots for ${first?.title}`)).toHaveValue(0);
    expect(screen.queryByText(/^\+ \d+ dots? private$/)).not.toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Show results on the shared screen' }),
    );
    expect(await screen.findByText('+ 3 dots private')).toBeInTheDocument();
    expect(screen.getByLabelText(`Dots for ${first?.title}`)).toHaveValue(0);

    ok(app.ws, 'roti.setTally', { sessionId, counts: [0, 0, 0, 1, 2] });
    await userEvent.click(screen.getByRole('button', { name: 'Go to Close' }));
    expect(await screen.findByText('3 of 3 rated')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'ROTI result' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reveal ROTI' }));
    expect(await screen.findByRole('region', { name: 'ROTI result' })).toHaveTextContent('4.67');
    expect(ok(app.ws, 'sessions.get', { sessionId }).session.rotiRevealed).toBe(true);
  });
});
