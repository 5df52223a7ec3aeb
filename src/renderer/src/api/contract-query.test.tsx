import { ok } from '@main/test/dispatch-helpers';
import type { Workspace } from '@main/workspace';
import { HomePage } from '@renderer/pages/home/HomePage';
import { SessionReportPage } from '@renderer/pages/report/SessionReportPage';
import { SessionConsole } from '@renderer/pages/session/SessionConsole';
import { BackupsSection } from '@renderer/pages/settings/BackupsSection';
import { workspaceApp } from '@renderer/test/workspace-app';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { contractQuery, createQueryClient, invalidateAfter } from './contract-query';

const NAMES = /Zoë|Ångström|Ben|Okafor|Chioma/;

/** A closed retro where three people took part by name. */
function namedRetro(ws: Workspace): string {
  const team = ok(ws, 'teams.create', {
    name: 'Checkout squad',
    members: ['Zoë Ångström', 'Ben Okafor', 'Chioma'],
  });
  const session = ok(ws, 'sessions.create', { teamId: team.id, title: 'Sprint 12 retro' });
  ok(ws, 'participants.set', {
    sessionId: session.id,
    mode: 'named',
    names: ['Zoë Ångström', 'Ben Okafor', 'Chioma'],
  });
  ok(ws, 'kudos.add', {
    sessionId: session.id,
    act: 'Stayed late to fix the pipeline',
    who: 'Chioma',
    outcome: 'worked',
  });
  ok(ws, 'sessions.close', { sessionId: session.id });
  return session.id;
}

describe('a page shows only the data of its own input', () => {
  it('never shows the names while the anonymised report it switched to is loading', async () => {
    const app = await workspaceApp();
    const sessionId = namedRetro(app.ws);
    const view = app.render(<SessionReportPage sessionId={sessionId} query="" />);
    expect(await screen.findByText(/Zoë Ångström, Ben Okafor, Chioma/)).toBeInTheDocument();

    const release = app.hold(
      (method, input) => method === 'reports.sessionData' && input.anonymise === true,
    );
    view.rerender(<SessionReportPage sessionId={sessionId} query="anonymise=1" />);
    await waitFor(() => expect(app.count('reports.sessionData')).toBe(2));
    expect(screen.getByText('Preparing the report…')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Anonymise names' })).toBeChecked();
    expect(document.body).not.toHaveTextContent(NAMES);

    release();
    expect(await screen.findByText(/Participant 3 stayed late|Participant 1/)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(NAMES);
  });

  it('shows a refused query as its typed message, not a stack', async () => {
    const app = await workspaceApp();
    app.render(<SessionConsole sessionId="no-such-session" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^That session no longer exists\. It may have been deleted\.$/,
    );
    expect(screen.getByRole('link', { name: 'Back to teams' })).toBeInTheDocument();
  });
});

describe('data.changed', () => {
  it('refetches the queries a change affects and leaves the others alone', async () => {
    const app = await workspaceApp();
    app.render(
      <>
        <HomePage />
        <BackupsSection />
      </>,
    );
    expect(await screen.findByRole('button', { name: 'Create team' })).toBeInTheDocument();
    await waitFor(() => expect(app.count('backups.list')).toBe(1));
    expect(app.count('teams.list')).toBe(1);

    await app.api.call('teams.create', { name: 'Checkout squad' });
    expect(await screen.findByRole('link', { name: 'Checkout squad' })).toBeInTheDocument();
    expect(app.count('teams.list')).toBe(2);
    expect(app.count('backups.list')).toBe(1);

    await app.api.call('backups.create', {});
    await waitFor(() => expect(app.count('backups.list')).toBe(2));
    expect(app.count('teams.list')).toBe(2);
  });

  it('brings the insights up to date after a new team and a closed retro', async () => {
    const app = await workspaceApp();
    const client = createQueryClient(app.api);
    const overview = contractQuery('insights.overview', { includeArchived: false });
    expect(await client.fetchQuery(overview)).toEqual([]);

    const team = await app.api.call('teams.create', { name: 'Checkout squad' });
    await invalidateAfter(client, 'teams.create');
    const rows = await client.fetchQuery(overview);
    expect(rows.map((row) => row.name)).toEqual(['Checkout squad']);

    const insights = contractQuery('insights.team', { teamId: team.id });
    expect((await client.fetchQuery(insights)).retrosRead).toBe(0);
    const session = await app.api.call('sessions.create', { teamId: team.id, title: 'Retro 1' });
    await app.api.call('sessions.close', { sessionId: session.id });
    await invalidateAfter(client, 'sessions.close');
    expect((await client.fetchQuery(insights)).retrosRead).toBe(1);
  });
});
