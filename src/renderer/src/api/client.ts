import type { MethodInput, MethodName, MethodResult, ThreadlineBridge } from '@shared/contract';
import type { AppEvent, ChangeNote } from '@shared/contract-changes';
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
  /** Hears what a change made from this window answers besides its value, before its caller. */
  onAnswer(listener: (note: ChangeNote) => void): () => void;
}

export function createClient(transport: ThreadlineBridge): ApiClient {
  const answerListeners = new Set<(note: ChangeNote) => void>();
  return {
    async call(method, input) {
      let envelope: Envelope<unknown, ChangeNote>;
      try {
        envelope = await transport.call(method, input);
      } catch {
        throw new AppError(
          'internal',
          'Threadline is not reachable. If it runs in browser mode, check that it is still running.',
        );
      }
      if (!envelope.ok) throw AppError.fromPayload(envelope.error);
      const { change } = envelope;
      if (change) for (const listener of answerListeners) listener(change);
      return envelope.value as MethodResult<typeof method>;
    },
    onEvent: (listener) => transport.onEvent(listener),
    onAnswer(listener) {
      answerListeners.add(listener);
      return () => answerListeners.delete(listener);
    },
  };
}

export const api: ApiClient = createClient(window.threadline ?? createHttpTransport());
