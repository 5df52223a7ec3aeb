import { ipcChannel, METHOD_NAMES } from '@shared/contract';
import type { ChangeNote } from '@shared/contract-changes';
import type { Envelope } from '@shared/errors';
import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import type { Call, Dispatch } from './api/dispatch';
import { isAppUrl } from './trusted-url';

/** True only for calls from a frame showing the app's own page. */
export function isAppSender(event: IpcMainInvokeEvent): boolean {
  return event.senderFrame !== null && isAppUrl(event.senderFrame.url);
}

/** One handler per contract method; each refuses calls from frames that are not the app's page. */
export function registerIpc(dispatch: Call | Dispatch): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(
      ipcChannel(method),
      async (event, input: unknown): Promise<Envelope<unknown, ChangeNote>> => {
        if (!isAppSender(event)) {
          return {
            ok: false,
            error: {
              code: 'unauthorized',
              message: 'This window is not allowed to use Threadline.',
            },
          };
        }
        return dispatch(method, input);
      },
    );
  }
}
