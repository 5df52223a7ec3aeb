import { ok, sessionWith } from '@main/test/dispatch-helpers';
import { SessionConsole } from '@renderer/pages/session/SessionConsole';
import { TeamPage } from '@renderer/pages/team/TeamPage';
import { workspaceApp } from '@renderer/test/workspace-app';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

/** Lets events and refetches already on their way arrive. */
const aMoment = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('a change in the console', () => {
  it('shows from its own answer, without asking for the retro again', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 5);
    ok(app.ws, 'sessions.goToStage', { sessionId, stageId: 'reflect' });
    app.render(<SessionConsole sessionId={sessionId} />);
    await screen.findByRole('heading', { level: 2, name: 'Reflect' });
    expect(app.count('sessions.get')).toBe(1);

    await userEvent.type(screen.getByLabelText('Card text'), 'Ana shared the outage notes first');
    await userEvent.click(screen.getByRole('button', { name: 'Add card' }));
    expect(
      await screen.findByRole('button', { name: 'Delete card: Ana shared the outage notes first' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Next: Recognize/ }));
    await screen.findByRole('heading', { level: 2, name: 'Recognize' });
    await aMoment();
    const teamAsked = app.count('teams.get');
    await userEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    expect(await screen.findByRole('button', { name: 'Pause timer' })).toBeInTheDocument();

    await aMoment();
    expect(app.count('sessions.get')).toBe(1);
    // The timer is not the team's business: its names are not asked for again.
    expect(app.count('teams.get')).toBe(teamAsked);
  });

  it('made elsewhere refetches this retro, but not when it is about another retro or team', async () => {
    const app = await workspaceApp();
    const { team, sessionId } = sessionWith(app.ws, 5);
    const other = ok(app.ws, 'sessions.create', { teamId: team.id, title: 'Other retro' }).id;
    const elsewhere = sessionWith(app.ws, 5, 'Platform team');
    ok(app.ws, 'sessions.goToStage', { sessionId, stageId: 'reflect' });
    app.render(<SessionConsole sessionId={sessionId} />);
    await screen.findByRole('heading', { level: 2, name: 'Reflect' });

    // Another window adds a card to this retro: the console asks again and shows it.
    ok(app.ws, 'cards.add', {
      sessionId,
      practiceId: 'model-humility',
      kind: 'went_well',
      text: 'Added from the other window',
    });
    expect(
      await screen.findByRole('button', { name: 'Delete card: Added from the other window' }),
    ).toBeInTheDocument();
    expect(app.count('sessions.get')).toBe(2);

    // Cards in another retro of the team, or in another team, are not this console's business.
    for (const sessionOfCard of [other, elsewhere.sessionId]) {
      ok(app.ws, 'cards.add', {
        sessionId: sessionOfCard,
        practiceId: 'model-humility',
        kind: 'went_well',
        text: 'Somewhere else',
      });
    }
    await aMoment();
    expect(app.count('sessions.get')).toBe(2);

    // An action agreed in another retro of the team may show in this one's Review: asked again.
    ok(app.ws, 'actions.add', {
      sessionId: other,
      title: 'Write the runbook',
      owner: 'Ana',
      dueDate: null,
      practiceId: 'share-information',
      circle: 'control',
      item: null,
    });
    await waitFor(() => expect(app.count('sessions.get')).toBe(3));
  });
});

describe('the team page', () => {
  it('loads the team and its retros together, and keeps the retros when a member is added', async () => {
    const app = await workspaceApp();
    const { team } = sessionWith(app.ws, 5);
    const release = app.hold((method) => method === 'teams.get');
    app.render(<TeamPage teamId={team.id} />);
    // The retros are asked for while the team is still on its way.
    await waitFor(() => expect(app.count('sessions.page')).toBe(1));
    release();
    expect(await screen.findByRole('link', { name: 'Sprint 12 retro' })).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Member name'), 'Dev');
    await userEvent.click(screen.getByRole('button', { name: 'Add member' }));
    expect(await screen.findByRole('button', { name: 'Remove Dev' })).toBeInTheDocument();
    await aMoment();
    expect(app.count('sessions.page')).toBe(1);
    expect(app.count('teams.get')).toBe(1);
  });
});
