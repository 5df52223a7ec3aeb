import { ok, sessionWith } from '@main/test/dispatch-helpers';
import { RecognizeScreen } from '@renderer/pages/present/screens/RecognizeScreen';
import { SessionReportView } from '@renderer/pages/report/SessionReportView';
import { workspaceApp } from '@renderer/test/workspace-app';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RecognizeStage } from './RecognizeStage';

describe('the outcome of an act of initiative', () => {
  it('has one name in the form, on the console list, the shared screen and every report', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 5);
    const view = () => ok(app.ws, 'sessions.get', { sessionId });
    const console = app.render(<RecognizeStage view={view()} readOnly={false} />);

    await userEvent.type(screen.getByLabelText('What did they do?'), 'Tried a shared build cache');
    await userEvent.type(screen.getByLabelText('Who'), 'Ben');
    await userEvent.click(screen.getByRole('radio', { name: 'Did not work out' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add kudos' }));
    console.rerender(<RecognizeStage view={view()} readOnly={false} />);
    const list = await screen.findByRole('region', { name: /Kudos so far/ });
    expect(within(list).getByText('Did not work out')).toBeInTheDocument();
    console.unmount();

    render(<RecognizeScreen view={ok(app.ws, 'sessions.presentation', { sessionId })} page={0} />);
    expect(screen.getByText('Did not work out')).toBeInTheDocument();

    ok(app.ws, 'sessions.close', { sessionId });
    const report = ok(app.ws, 'reports.sessionData', { sessionId, anonymise: false });
    render(<SessionReportView report={report} />);
    const kudos = screen.getByRole('table', { name: 'Kudos' });
    expect(within(kudos).getByText('Did not work out')).toBeInTheDocument();

    const markdown = ok(app.ws, 'reports.sessionMarkdown', { sessionId, anonymise: false }).text;
    const csv = ok(app.ws, 'reports.sessionCsv', { sessionId, anonymise: false }).text;
    for (const text of [markdown, csv, document.body.textContent ?? '']) {
      expect(text).toContain('Did not work out');
      expect(text).not.toMatch(/Bold try/i);
    }
  });
});
