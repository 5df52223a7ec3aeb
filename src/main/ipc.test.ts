import { ipcChannel, METHOD_NAMES } from '@shared/contract';
import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appPageUrl } from './app-url';
import { ipcMain } from './test/fake-electron';

vi.mock('electron', () => import('./test/fake-electron'));

const { isAppSender, registerIpc } = await import('./ipc');

const fromFrame = (url: string | null) =>
  ({ senderFrame: url === null ? null : { url } }) as unknown as IpcMainInvokeEvent;
const handler = (method: 'teams.create' | 'teams.delete') => {
  const registered = ipcMain.handlers.get(ipcChannel(method));
  if (!registered) throw new Error(`No handler for ${method}.`);
  return registered;
};

describe('isAppSender', () => {
  it('trusts only a frame showing the app page', () => {
    expect(isAppSender(fromFrame(appPageUrl('/teams')))).toBe(true);
    expect(isAppSender(fromFrame('https://evil.example/'))).toBe(false);
    expect(isAppSender(fromFrame('file:///app/out/renderer/index.html'))).toBe(false);
    expect(isAppSender(fromFrame('app://threadline.evil/index.html'))).toBe(false);
    expect(isAppSender(fromFrame(null))).toBe(false);
  });
});

describe('registerIpc', () => {
  const dispatch = vi.fn((method: string, input: unknown) => ({
    ok: true as const,
    value: { method, input },
  }));

  beforeEach(() => {
    ipcMain.handlers.clear();
    dispatch.mockClear();
    registerIpc(dispatch);
  });

  it('registers exactly one handler per contract method', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
  });

  it('passes calls from the app page to dispatch', async () => {
    const result = await handler('teams.create')(fromFrame(appPageUrl()), { name: 'Alpha' });
    expect(result).toEqual({
      ok: true,
      value: { method: 'teams.create', input: { name: 'Alpha' } },
    });
  });

  it('refuses a foreign sender without reaching dispatch', async () => {
    const result = await handler('teams.delete')(fromFrame('https://evil.example/'), {
      teamId: 'x',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('registerIpc with the real dispatch', () => {
  it('returns a typed error for invalid input and never throws', async () => {
    ipcMain.handlers.clear();
    const { tempWorkspace } = await import('./test/temp-workspace');
    const ws = await tempWorkspace();
    registerIpc(ws.dispatch);
    const result = await handler('teams.create')(fromFrame(appPageUrl()), { name: 12 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'name' } });
    expect(ws.db.prepare('SELECT COUNT(*) FROM teams').pluck().get()).toBe(0);
    ws.dispose();
  });
});
