import { ok, participantIds, sessionWith } from '@main/test/dispatch-helpers';
import { workspaceApp } from '@renderer/test/workspace-app';
import { PRACTICE_IDS } from '@shared/practices';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SessionConsole } from '../../SessionConsole';

const all = (score: number) => Object.fromEntries(PRACTICE_IDS.map((id) => [id, score]));

describe('redoing private entries', () => {
  it('clears the whole private round after confirmation, keeping the tally', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 3);
    ok(app.ws, 'sessions.goToStage', { sessionId, stageId: 'pulse' });
    const [ana, ben] = participantIds(app.ws, sessionId);
    ok(app.ws, 'pulse.setTally', {
      sessionId,
      practiceId: 'model-humility',
      counts: [1, 0, 0, 0, 0],
    });
    ok(app.ws, 'pulse.submit', { sessionId, participantId: ana, ratings: all(4) });
    ok(app.ws, 'pulse.submit', { sessionId, participantId: ben, ratings: all(5) });
    app.render(<SessionConsole sessionId={sessionId} />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Clear private pulse ratings' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Clear all private pulse ratings?' });
    expect(dialog).toHaveTextContent('2 people entered in private');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep them' }));
    expect(ok(app.ws, 'sessions.get', { sessionId }).pulseSubmitted).toEqual([ana, ben]);

    await userEvent.click(screen.getByRole('button', { name: 'Clear private pulse ratings' }));
    const again = await screen.findByRole('dialog', { name: 'Clear all private pulse ratings?' });
    await userEvent.click(
      within(again).getByRole('button', { name: 'Clear private pulse ratings' }),
    );
    await waitFor(() =>
      expect(ok(app.ws, 'sessions.get', { sessionId }).pulseSubmitted).toEqual([]),
    );
    const humility = ok(app.ws, 'sessions.get', { sessionId }).pulse.find(
      (p) => p.practiceId === 'model-humility',
    );
    expect(humility?.distribution).toEqual([1, 0, 0, 0, 0]);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Clear private pulse ratings' })).toBeNull(),
    );
  });
});
