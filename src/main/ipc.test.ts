import { ipcChannel, METHOD_NAMES } from '@shared/contract';
import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (event: IpcMainInvokeEvent, input: unknown) => unknown;
const registered = new Map<string, Handler>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => registered.set(channel, handler),
  },
}));

const { registerIpc } = await import('./ipc');

const fromFrame = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent;
const appPage = 'file:///app/out/renderer/index.html';

describe('registerIpc', () => {
  const dispatch = vi.fn((method: string, input: unknown) => ({
    ok: true as const,
    value: { method, input },
  }));

  beforeEach(() => {
    registered.clear();
    dispatch.mockClear();
    registerIpc(dispatch, (event) => event.senderFrame?.url === appPage);
  });

  it('registers exactly one handler per contract method', () => {
    expect([...registered.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
  });

  it('passes calls from the app page to dispatch', async () => {
    const handler = registered.get(ipcChannel('teams.create'));
    const result = await handler?.(fromFrame(appPage), { name: 'Alpha' });
    expect(result).toEqual({
      ok: true,
      value: { method: 'teams.create', input: { name: 'Alpha' } },
    });
  });

  it('refuses a foreign sender without reaching dispatch', async () => {
    const handler = registered.get(ipcChannel('teams.delete'));
    const result = await handler?.(fromFrame('https://evil.example/'), { teamId: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('registerIpc with the real dispatch', () => {
  it('returns a typed error for invalid input and never throws', async () => {
    registered.clear();
    const { tempWorkspace } = await import('./test/temp-workspace');
    const ws = await tempWorkspace();
    registerIpc(ws.dispatch, () => true);
    const handler = registered.get(ipcChannel('teams.create'));
    const result = await handler?.(fromFrame(appPage), { name: 12 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'name' } });
    expect(ws.db.prepare('SELECT COUNT(*) FROM teams').pluck().get()).toBe(0);
    ws.dispose();
  });
});
