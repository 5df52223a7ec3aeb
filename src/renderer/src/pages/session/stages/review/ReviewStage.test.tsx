import { ok } from '@main/test/dispatch-helpers';
import { LiveStage } from '@renderer/test/live-stage';
import { workspaceApp } from '@renderer/test/workspace-app';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

async function reviewStage() {
  const app = await workspaceApp();
  const teamId = ok(app.ws, 'teams.create', { name: 'Checkout', members: [] }).id;
  const first = ok(app.ws, 'sessions.create', {
    teamId,
    title: 'Sprint 12',
    date: '2026-03-01',
  }).id;
  const action = ok(app.ws, 'actions.add', {
    sessionId: first,
    title: 'Post release dates',
    owner: 'Ana',
    dueDate: '2026-03-10',
    practiceId: 'share-information',
    circle: 'control',
    item: null,
  });
  ok(app.ws, 'actions.add', {
    sessionId: first,
    title: 'Write the runbook',
    owner: 'Ben',
    dueDate: '2026-04-30',
    practiceId: 'share-information',
    circle: 'control',
    item: null,
  });
  ok(app.ws, 'sessions.close', { sessionId: first });
  const sessionId = ok(app.ws, 'sessions.create', {
    teamId,
    title: 'Sprint 13',
    date: '2026-03-15',
  }).id;
  app.render(<LiveStage sessionId={sessionId} stage="review" />);
  const stored = () => ({
    status: app.ws.db.prepare('SELECT status FROM actions WHERE id = ?').pluck().get(action.id),
    reviews: app.ws.db.prepare('SELECT COUNT(*) FROM reviews').pluck().get(),
  });
  return { app, stored };
}

describe('the Review stage', () => {
  it('shows due dates and marks the overdue ones', async () => {
    await reviewStage();
    const late = (await screen.findByText('Post release dates')).closest('li') as HTMLElement;
    expect(late).toHaveTextContent('due 10 Mar 2026');
    expect(within(late).getByText('Overdue')).toBeInTheDocument();
    const onTime = screen.getByText('Write the runbook').closest('li') as HTMLElement;
    expect(onTime).toHaveTextContent('due 30 Apr 2026');
    expect(within(onTime).queryByText('Overdue')).toBeNull();
    expect(screen.getByText(/still to review · 1 overdue/)).toBeInTheDocument();
  });

  it('saves a verdict with one click, and Undo takes it back', async () => {
    const { app, stored } = await reviewStage();
    await userEvent.click(await screen.findByRole('radio', { name: 'Done: Post release dates' }));
    await waitFor(() => expect(stored()).toEqual({ status: 'done', reviews: 1 }));
    expect(app.count('review.mark')).toBe(1);
    const row = screen.getByText('Post release dates').closest('li') as HTMLElement;
    expect(within(row).queryByText('Overdue')).toBeNull();
    expect(within(row).getByRole('status')).toHaveTextContent('Marked done.');

    await userEvent.click(within(row).getByRole('button', { name: 'Undo: Post release dates' }));
    await waitFor(() => expect(stored()).toEqual({ status: 'open', reviews: 0 }));
    expect(within(row).getByText('To review')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Done: Post release dates' })).not.toBeChecked();
  });

  it('puts the earlier verdict and note back when a change is undone', async () => {
    const { stored } = await reviewStage();
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Note for Post release dates' }),
      'Half done',
    );
    await userEvent.click(screen.getByRole('radio', { name: 'In progress: Post release dates' }));
    await waitFor(() => expect(stored().status).toBe('in_progress'));
    await userEvent.click(screen.getByRole('radio', { name: 'Dropped: Post release dates' }));
    await waitFor(() => expect(stored().status).toBe('dropped'));
    await userEvent.click(screen.getByRole('button', { name: 'Undo: Post release dates' }));
    await waitFor(() => expect(stored()).toEqual({ status: 'in_progress', reviews: 1 }));
    expect(screen.getByRole('textbox', { name: 'Note for Post release dates' })).toHaveValue(
      'Half done',
    );
  });
});
