import { AppError, type Envelope } from '@shared/errors';
import {
  DEVICE_HEADER,
  type ParticipantInput,
  type ParticipantMethod,
  type ParticipantResult,
  type RoomEvent,
} from '@shared/participant-contract';

// The participant page's one client, typed by the participant contract. The device token is kept
// in this page's storage, so a reload or a dropped connection resumes as the same device.

const TOKEN_KEY = 'threadline.room.device';
const RETRIES = 3;

export const deviceToken = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

/** A fresh idempotency key: a retry of the same submission sends the same one. */
export const newKey = (): string => crypto.randomUUID();

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls a participant method. When the network drops, the same request (with the same
 * idempotency key) is sent again a few times; the room applies it once.
 */
export async function call<M extends ParticipantMethod>(
  method: M,
  input: ParticipantInput<M>,
): Promise<ParticipantResult<M>> {
  const token = deviceToken.get();
  let lastError: unknown = null;
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    try {
      const response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { [DEVICE_HEADER]: token } : {}),
        },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as Envelope<ParticipantResult<M>>;
      if (envelope.ok) return envelope.value;
      throw AppError.fromPayload(envelope.error);
    } catch (error) {
      if (error instanceof AppError) throw error;
      lastError = error;
      await wait(300 * (attempt + 1));
    }
  }
  throw new AppError(
    'internal',
    `The connection to the room dropped. Check the Wi-Fi, then try again. (${String(lastError)})`,
  );
}

/** Listens to the room; reconnects by itself after a drop (EventSource does). */
export function listen(onEvent: (event: RoomEvent) => void): () => void {
  const token = deviceToken.get();
  if (!token) return () => {};
  const source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
  source.onmessage = (message) => onEvent(JSON.parse(message.data) as RoomEvent);
  // A reconnect may have missed changes: ask for the view again.
  source.onopen = () => onEvent({ name: 'changed' });
  return () => source.close();
}
