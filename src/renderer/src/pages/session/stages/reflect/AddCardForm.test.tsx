import { count, ok, sessionWith } from '@main/test/dispatch-helpers';
import { workspaceApp } from '@renderer/test/workspace-app';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AddCardForm } from './AddCardForm';

describe('a card longer than its limit', () => {
  it('is kept whole, said to be too long before saving, and saved once shortened', async () => {
    const app = await workspaceApp();
    const { sessionId } = sessionWith(app.ws, 5);
    app.render(<AddCardForm view={ok(app.ws, 'sessions.get', { sessionId })} />);
    const field = screen.getByLabelText('Card text');
    expect(field).toHaveAccessibleDescription(/0 of 500 characters/);

    await userEvent.click(field);
    await userEvent.paste('a'.repeat(2000));
    expect(field).toHaveValue('a'.repeat(2000));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '2000 of 500 characters: 1500 characters too many. Shorten it to save it.',
    );
    expect(field).toHaveAccessibleDescription(/1500 characters too many/);

    await userEvent.click(screen.getByRole('button', { name: 'Add card' }));
    expect(app.count('cards.add')).toBe(0);
    expect(field).toHaveFocus();

    await userEvent.clear(field);
    await userEvent.paste('b'.repeat(500));
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Add card' }));
    await waitFor(() => expect(field).toHaveValue(''));
    expect(count(app.ws, 'cards', 'length(text) = 500')).toBe(1);
  });
});
