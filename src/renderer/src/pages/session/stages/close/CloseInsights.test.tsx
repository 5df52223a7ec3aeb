import { ok } from '@main/test/dispatch-helpers';
import { ALL_CALM, ratings, retro } from '@main/test/retro-history';
import { CloseScreen } from '@renderer/pages/present/screens/CloseScreen';
import { workspaceApp } from '@renderer/test/workspace-app';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CloseInsights } from './CloseInsights';

describe('the trend at the Close stage', () => {
  it('is the facilitator’s alone until shown, then the shared screen follows', async () => {
    const app = await workspaceApp();
    const team = ok(app.ws, 'teams.create', { name: 'Checkout squad' });
    const pulse = { ...ALL_CALM, 'model-humility': ratings(3, 3, 2, 2, 2) };
    for (const date of ['2026-03-02', '2026-03-16']) retro(app.ws, team.id, { date, pulse });
    // The retro being closed counts as of itself, its ratings entered.
    const sessionId = retro(app.ws, team.id, { date: '2026-03-30', pulse, open: true });
    const [insight] = ok(app.ws, 'insights.session', { sessionId }).insights;
    expect(insight?.ruleId).toBe('lowest-streak');

    app.render(
      <>
        <CloseInsights sessionId={sessionId} />
        <CloseScreen view={ok(app.ws, 'sessions.presentation', { sessionId })} page={0} />
      </>,
    );
    expect(await screen.findByText(insight?.sentence ?? '')).toBeInTheDocument();
    expect(
      screen.getByText(/^Suggested focus for the next retro:/).parentElement,
    ).toHaveTextContent(
      'Suggested focus for the next retro: Model humility, because “Model humility” has been',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Only you see these until you show them on the shared screen.',
    );
    expect(screen.queryByRole('region', { name: 'What the trend says' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Show on the shared screen' }));
    const onScreen = await screen.findByRole('region', { name: 'What the trend says' });
    expect(onScreen).toHaveTextContent(insight?.sentence ?? '');
    expect(screen.getByRole('status')).toHaveTextContent(
      'The team sees these on the shared screen.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Hide from the shared screen' }));
    expect(screen.queryByRole('region', { name: 'What the trend says' })).toBeNull();
  });
});
