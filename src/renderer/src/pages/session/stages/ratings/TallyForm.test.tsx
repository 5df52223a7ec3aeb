import { count, ok, participantIds, sessionWith } from '@main/test/dispatch-helpers';
import { useSessionView } from '@renderer/pages/session/queries';
import { workspaceApp } from '@renderer/test/workspace-app';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PulseStage } from '../pulse/PulseStage';

function LivePulse({ sessionId }: { sessionId: string }) {
  const view = useSessionView(sessionId);
  return view.data ? <PulseStage view={view.data} readOnly={false} /> : null;
}

const PRACTICE = 'Model humility';

function tally() {
  const form = screen.getByRole('form', { name: PRACTICE });
  const fill = (score: number, value: number) =>
    fireEvent.change(
      within(form).getByLabelText(`Tally for ${PRACTICE}: people who gave ${score}`),
      { target: { value: String(value) } },
    );
  return {
    form,
    fill,
    save: () => userEvent.click(within(form).getByRole('button', { name: 'Save tally' })),
  };
}

describe('a tally never counts more people than are here', () => {
  it('refuses a count over the head count with the reason, stores nothing and keeps the counts to fix', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 5);
    app.render(<LivePulse sessionId={sessionId} />);
    await screen.findByRole('form', { name: PRACTICE });
    const { form, fill, save } = tally();

    fill(1, 3);
    fill(5, 3);
    await save();
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      `This tally for “${PRACTICE}” adds up to 6 ratings, but only 5 people are here.`,
    );
    expect(count(app.ws, 'pulse_ratings')).toBe(0);
    expect(within(form).getByLabelText(`Tally for ${PRACTICE}: people who gave 5`)).toHaveValue(3);

    fill(5, 2);
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    await save();
    expect(await within(form).findByText('Saved: 5 counted')).toBeInTheDocument();
    expect(count(app.ws, 'pulse_ratings')).toBe(5);
  });

  it('leaves room for the people who rated in private', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 5);
    const [first] = participantIds(app.ws, sessionId);
    ok(app.ws, 'pulse.submit', {
      sessionId,
      participantId: first,
      ratings: {
        'reward-initiative': 4,
        'share-information': 3,
        'model-humility': 5,
        'influence-not-control': 2,
      },
    });
    app.render(<LivePulse sessionId={sessionId} />);
    await userEvent.click(await screen.findByRole('radio', { name: 'Tally' }));
    const { form, fill, save } = tally();
    expect(form).toHaveTextContent('Nothing counted yet, plus 1 entered privately');

    fill(4, 5);
    await save();
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'adds up to 5 ratings, plus 1 rating entered privately, but only 5 people are here.',
    );
    fill(4, 4);
    await save();
    expect(
      await within(form).findByText(/Saved: 4 counted, plus 1 entered privately/),
    ).toBeInTheDocument();
  });

  it('keeps an unsaved tally when the facilitator switches to passing the laptop, and says so', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 5);
    app.render(<LivePulse sessionId={sessionId} />);
    await screen.findByRole('form', { name: PRACTICE });
    tally().fill(4, 3);

    await userEvent.click(screen.getByRole('radio', { name: 'Pass the laptop' }));
    expect(screen.queryByRole('form', { name: PRACTICE })).toBeNull();
    expect(
      screen.getByText(`Not saved yet: the tally for ${PRACTICE}.`, { exact: false }),
    ).toHaveTextContent('It is kept as you typed it: choose Tally to save it.');

    await userEvent.click(screen.getByRole('radio', { name: 'Tally' }));
    const { form, save } = tally();
    expect(within(form).getByLabelText(`Tally for ${PRACTICE}: people who gave 4`)).toHaveValue(3);
    await save();
    expect(await within(form).findByText('Saved: 3 counted')).toBeInTheDocument();
    expect(count(app.ws, 'pulse_ratings')).toBe(3);
  });
});
