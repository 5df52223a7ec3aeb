import { ok } from '@main/test/dispatch-helpers';
import { ALL_CALM, CALM, ratings, retro } from '@main/test/retro-history';
import type { Workspace } from '@main/workspace';
import { InsightList } from '@renderer/insights/InsightList';
import { workspaceApp } from '@renderer/test/workspace-app';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { DashboardFilter } from './dashboard-filter';
import { TrendPanel } from './TrendPanel';

const LAST_10: DashboardFilter = { last: 10, from: '', to: '' };
const DATES = ['2026-03-02', '2026-03-16', '2026-03-30', '2026-04-13'];

/**
 * Four closed retros: humility lowest in each (needs attention); in the last, influence jumps
 * (going well) and the team splits on initiative (worth discussing). One insight of each level.
 */
function movingTeam(ws: Workspace): string {
  const team = ok(ws, 'teams.create', { name: 'Checkout squad' });
  DATES.forEach((date, index) => {
    const last = index === DATES.length - 1;
    retro(ws, team.id, {
      date,
      pulse: {
        ...ALL_CALM,
        'reward-initiative': last ? ratings(1, 2, 4, 5, 5) : CALM,
        'model-humility': ratings(3, 3, 2, 2, 2),
        'influence-not-control': last ? ratings(5, 5, 5, 5, 4) : CALM,
      },
    });
  });
  return team.id;
}

function renderPanel(app: Awaited<ReturnType<typeof workspaceApp>>, teamId: string) {
  return app.render(
    <Router hook={useHashLocation}>
      <TrendPanel teamId={teamId} filter={LAST_10} />
    </Router>,
  );
}

/** The text of each term and its definition in an insight's list of numbers. */
const figuresOf = (item: HTMLElement) =>
  within(item)
    .getAllByRole('term')
    .map((term) => [term.textContent, term.nextElementSibling?.textContent]);

describe('the dashboard’s “What the trend says” panel', () => {
  it('lists what needs attention first, each sentence with its numbers and a link to its chart', async () => {
    const app = await workspaceApp();
    const teamId = movingTeam(app.ws);
    renderPanel(app, teamId);

    const panel = await screen.findByRole('region', { name: 'What the trend says' });
    expect(
      await within(panel)
        .findAllByRole('heading', { level: 3 })
        .then((all) => all.map((heading) => heading.textContent)),
    ).toEqual(['Needs attention', 'Worth discussing', 'Going well']);
    expect(panel).toHaveTextContent('1 needs attention · 1 worth discussing · 1 going well');

    const stuck = within(within(panel).getByRole('region', { name: 'Needs attention' }))
      .getAllByRole('listitem')
      .at(0) as HTMLElement;
    expect(stuck).toHaveTextContent(
      '“Model humility” has been the team’s lowest-rated practice in each of the last 4 rated retros',
    );
    expect(figuresOf(stuck)).toEqual([
      ['Rated retros in a row', '4'],
      ['Latest mean', '2.40'],
      ['Next lowest practice', '3.40'],
    ]);
    expect(stuck).toHaveTextContent(
      'From 4 retros: 2 Mar 2026 · Retro of 2026-03-02; 16 Mar 2026 · Retro of 2026-03-16',
    );
    expect(within(stuck).getByRole('link', { name: 'See the chart: Pulse trend' })).toHaveAttribute(
      'href',
      `#/teams/${teamId}/dashboard/pulse-trend`,
    );

    const split = within(within(panel).getByRole('region', { name: 'Worth discussing' })).getByRole(
      'listitem',
    );
    expect(figuresOf(split)).toEqual([
      ['Ratings', '5'],
      ['Rated 1 or 2', '2'],
      ['Rated 4 or 5', '3'],
      ['Mean', '3.40'],
    ]);
    expect(
      within(split).getByRole('link', { name: 'See the chart: How the ratings split' }),
    ).toHaveAttribute('href', `#/teams/${teamId}/dashboard/distribution`);

    const rise = within(within(panel).getByRole('region', { name: 'Going well' })).getByRole(
      'listitem',
    );
    expect(figuresOf(rise)).toContainEqual(['Change', '+1.20']);
    expect(panel).toHaveTextContent('from the 4 closed retros shown');
  });

  it('says why it is silent while there are too few rated retros', async () => {
    const app = await workspaceApp();
    const team = ok(app.ws, 'teams.create', { name: 'Payments' });
    for (const date of DATES.slice(0, 2)) retro(app.ws, team.id, { date });
    renderPanel(app, team.id);

    const panel = await screen.findByRole('region', { name: 'What the trend says' });
    expect(
      await within(panel).findByText(
        'Insights need at least 3 closed retros in which at least 3 people rated the practices; so far there are 2 such retros.',
      ),
    ).toBeInTheDocument();
    expect(within(panel).queryByRole('listitem')).toBeNull();
    expect(within(panel).queryByRole('link')).toBeNull();
  });
});

describe('a list of insights', () => {
  it('groups them needs-attention first, whatever order it is given', async () => {
    const app = await workspaceApp();
    const teamId = movingTeam(app.ws);
    const { insights } = ok(app.ws, 'insights.team', { teamId });
    app.render(<InsightList insights={[...insights].reverse()} level={3} detail="brief" />);

    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Needs attention',
      'Worth discussing',
      'Going well',
    ]);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(
      insights.map((insight) => insight.sentence),
    );
    // The shared screen shows the sentences alone: no numbers list, no retros, no links.
    expect(screen.queryByRole('term')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
