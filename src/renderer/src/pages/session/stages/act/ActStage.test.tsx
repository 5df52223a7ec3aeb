import { ok, sessionWith } from '@main/test/dispatch-helpers';
import { LiveStage } from '@renderer/test/live-stage';
import { workspaceApp } from '@renderer/test/workspace-app';
import { localDate } from '@shared/calendar';
import { formatDate } from '@shared/format';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

async function actStage() {
  const app = await workspaceApp();
  const { sessionId } = sessionWith(app.ws, 5);
  return {
    app,
    sessionId,
    show: () => app.render(<LiveStage sessionId={sessionId} stage="act" />),
  };
}

const storedActions = (app: Awaited<ReturnType<typeof workspaceApp>>) =>
  app.ws.db.prepare('SELECT title, owner, due_date AS due FROM actions ORDER BY rowid').all();

function daysFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  return localDate(day);
}

describe('the Act stage', () => {
  it('edits an action in place', async () => {
    const { app, sessionId, show } = await actStage();
    ok(app.ws, 'actions.add', {
      sessionId,
      title: 'Post release dates',
      owner: 'Ana',
      dueDate: null,
      practiceId: 'share-information',
      circle: 'control',
      item: null,
    });
    show();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Edit action: Post release dates' }),
    );
    const form = screen.getByRole('form', { name: 'Edit action: Post release dates' });
    await userEvent.clear(within(form).getByLabelText('Owner'));
    await userEvent.type(within(form).getByLabelText('Owner'), 'Ben');
    await userEvent.type(within(form).getByLabelText('Action'), ' in the channel');
    await userEvent.click(within(form).getByRole('button', { name: 'Save action' }));

    expect(
      await screen.findByRole('button', { name: 'Edit action: Post release dates in the channel' }),
    ).toBeInTheDocument();
    expect(storedActions(app)).toEqual([
      { title: 'Post release dates in the channel', owner: 'Ben', due: null },
    ]);
  });

  it('warns about a due date already past and saves it only when asked again', async () => {
    const { app, show } = await actStage();
    show();
    const past = daysFromToday(-3);
    await userEvent.type(await screen.findByLabelText('Action'), 'Write the runbook');
    await userEvent.type(screen.getByLabelText('Owner'), 'Ana');
    await userEvent.type(screen.getByLabelText('Due date'), past);
    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent(`${formatDate(past)} is already past.`);
    expect(screen.getByLabelText('Due date')).toHaveAccessibleDescription(/already past/);

    await userEvent.click(screen.getByRole('button', { name: 'Add action' }));
    expect(app.count('actions.add')).toBe(0);
    expect(warning).toHaveTextContent('Saving keeps it.');
    await userEvent.click(screen.getByRole('button', { name: 'Add action' }));
    await waitFor(() =>
      expect(storedActions(app)).toEqual([{ title: 'Write the runbook', owner: 'Ana', due: past }]),
    );
  });

  it('lists only items that got dots among the top items', async () => {
    const { app, sessionId, show } = await actStage();
    const card = (text: string) =>
      ok(app.ws, 'cards.add', {
        sessionId,
        practiceId: 'model-humility',
        kind: 'to_improve',
        text,
      });
    const voted = card('Leads speak first');
    card('Nobody owns the wiki');
    ok(app.ws, 'votes.setTally', { sessionId, item: { kind: 'card', id: voted.id }, dots: 4 });
    show();
    const top = await screen.findByRole('region', { name: 'Top items' });
    expect(within(top).getByText('Leads speak first')).toBeInTheDocument();
    expect(within(top).queryByText('Nobody owns the wiki')).toBeNull();
    await userEvent.click(
      within(top).getByRole('button', { name: 'Show the other 1 item, with fewer or no dots' }),
    );
    expect(within(top).getByText('Nobody owns the wiki')).toBeInTheDocument();
  });

  it('quotes a commitment after the person’s name', async () => {
    const { app, sessionId, show } = await actStage();
    ok(app.ws, 'commitments.add', {
      sessionId,
      participantId: null,
      person: 'Amara',
      text: 'I will run the next demo',
    });
    show();
    const row = await screen.findByText(/I will run the next demo/);
    expect(row).toHaveTextContent('Amara: “I will run the next demo”');
    expect(document.body).not.toHaveTextContent('will lead on');
  });
});
