import { ok, sessionWith } from '@main/test/dispatch-helpers';
import { roomCall } from '@main/test/room-client';
import { workspaceApp } from '@renderer/test/workspace-app';
import type { RoomStatus } from '@shared/room';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RoomPanel } from './RoomPanel';

describe('the room in the console', () => {
  it('lets people join on the chosen address, counts devices, locks, removes one and stops', async () => {
    const app = await workspaceApp({ roomAddress: '127.0.0.1', rendererDir: 'out/renderer' });
    const { sessionId } = sessionWith(app.ws, 0);
    app.render(<RoomPanel sessionId={sessionId} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Let people join' }));
    expect(await screen.findByLabelText('Network people join on')).toHaveValue('127.0.0.1');
    await userEvent.click(screen.getByRole('button', { name: 'Start the room' }));
    const status = () => ok(app.ws, 'room.status', { sessionId }) as RoomStatus;
    expect(await screen.findByText(status().code)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: `QR code to join: ${status().joinUrl}` })).toBeVisible();
    expect(screen.getByText('0 devices in the room')).toBeInTheDocument();

    const origin = new URL(status().joinUrl).host;
    for (let i = 0; i < 2; i++) await roomCall(origin, 'room.join', { code: status().code });
    expect(await screen.findByText('2 devices in the room')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Devices that have submitted, per stage' });
    expect(within(table).getByRole('row', { name: /Pulse/ })).toHaveTextContent('0 of 2 devices');

    await userEvent.click(screen.getByRole('button', { name: 'Remove Device 1' }));
    expect(await screen.findByText('1 device in the room')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lock the room' }));
    expect(await screen.findByRole('button', { name: 'Unlock the room' })).toBeInTheDocument();
    expect(status().locked).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Stop the room' }));
    expect(await screen.findByRole('button', { name: 'Let people join' })).toBeInTheDocument();
    expect(ok(app.ws, 'room.status', { sessionId })).toBeNull();
  });
});
