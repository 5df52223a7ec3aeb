import type {
  AppEvent,
  MethodInput,
  MethodName,
  MethodResult,
  ThreadlineBridge,
} from '@shared/contract';
import { AppError, type Envelope } from '@shared/errors';
import { createHttpTransport } from './http-transport';

declare global {
  interface Window {
    threadline?: ThreadlineBridge;
  }
}

/** What the app calls. Typed by the contract; the transport underneath is IPC or HTTP. */
export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

export function createClient(transport: ThreadlineBridge): ApiClient {
  return {
    async call(method, input) {
      let envelope: Envelope<unknown>;
      try {
        envelope = await transport.call(method, input);
      } catch {
        throw new AppError(
          'internal',
          'Threadline is not reachable. If it runs in browser mode, check that it is still running.',
        );
      }
      if (!envelope.ok) throw AppError.fromPayload(envelope.error);
      return envelope.value as MethodResult<typeof method>;
    },
    onEvent: (listener) => transport.onEvent(listener),
  };
}

export const api: ApiClient = createClient(window.threadline ?? createHttpTransport());
