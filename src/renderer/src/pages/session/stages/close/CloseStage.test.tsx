import { ok, participantIds, sessionWith } from '@main/test/dispatch-helpers';
import { LiveStage } from '@renderer/test/live-stage';
import { workspaceApp } from '@renderer/test/workspace-app';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { missingBeforeClose } from './missing';

async function confirmation(app: Awaited<ReturnType<typeof workspaceApp>>, sessionId: string) {
  app.render(<LiveStage sessionId={sessionId} stage="close" />);
  await userEvent.click(await screen.findByRole('button', { name: 'Close session' }));
  return screen.getByRole('dialog', { name: 'Close this session?' });
}

describe('closing a retro', () => {
  it('lists what an empty retro has not recorded in the confirmation', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 0);
    const dialog = await confirmation(app, sessionId);
    const list = within(dialog).getByRole('region', { name: 'Not recorded yet' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Nobody is recorded as taking part.',
      'No pulse ratings.',
      'No cards.',
      'No actions or commitments.',
      'No ROTI: nobody rated whether the retro was worth it.',
      'No summary for the record.',
    ]);
  });

  it('names only what is missing: here the ROTI and the summary', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 3);
    const [first] = participantIds(app.ws, sessionId);
    ok(app.ws, 'pulse.setTally', {
      sessionId,
      practiceId: 'model-humility',
      counts: [0, 0, 1, 1, 1],
    });
    ok(app.ws, 'cards.add', {
      sessionId,
      practiceId: 'model-humility',
      kind: 'went_well',
      text: 'Leads asked juniors first',
    });
    ok(app.ws, 'commitments.add', {
      sessionId,
      participantId: first,
      person: 'Participant 1',
      text: 'I will run the demo',
    });
    const dialog = await confirmation(app, sessionId);
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'No ROTI: nobody rated whether the retro was worth it.',
      'No summary for the record.',
    ]);
  });

  it('shows no checklist when everything is there, and leaves out stages the retro skips', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 3);
    ok(app.ws, 'pulse.setTally', {
      sessionId,
      practiceId: 'model-humility',
      counts: [0, 0, 1, 1, 1],
    });
    ok(app.ws, 'roti.setTally', { sessionId, counts: [0, 0, 0, 2, 1] });
    const view = ok(app.ws, 'sessions.get', { sessionId });
    const withoutCardsOrActions = {
      ...view,
      stages: view.stages.filter((stage) => stage.id !== 'reflect' && stage.id !== 'act'),
    };
    expect(missingBeforeClose(withoutCardsOrActions, 'We learned to ask first.')).toEqual([]);
    expect(missingBeforeClose(view, ' ')).toEqual([
      'No cards.',
      'No actions or commitments.',
      'No summary for the record.',
    ]);
  });
});
