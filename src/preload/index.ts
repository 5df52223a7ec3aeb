import {
  IPC_EVENT_CHANNEL,
  ipcChannel,
  isMethodName,
  type ThreadlineBridge,
} from '@shared/contract';
import type { AppEvent } from '@shared/contract-changes';
import { contextBridge, ipcRenderer } from 'electron';

const bridge = {
  call(method, input) {
    if (!isMethodName(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'not_found', message: `Unknown request “${String(method)}”.` },
      });
    }
    return ipcRenderer.invoke(ipcChannel(method), input);
  },
  onEvent(listener) {
    const relay = (_event: unknown, payload: AppEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.off(IPC_EVENT_CHANNEL, relay);
    };
  },
} satisfies ThreadlineBridge;

contextBridge.exposeInMainWorld('threadline', bridge);
