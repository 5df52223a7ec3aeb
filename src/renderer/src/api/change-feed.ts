import type { ChangeNote, DataChanged } from '@shared/contract-changes';
import { hashKey, type QueryClient } from '@tanstack/react-query';
import { invalidateAfter } from './contract-query';

/** Changes whose answers are remembered until their event comes: a few suffice. */
const REMEMBERED = 50;

/**
 * Brings a window's queries up to date with each change. A change made here answers with the
 * fresh view of what it changed, which is shown at once; its `data.changed` event then
 * refetches only the other queries it makes stale. The event may come before the answer: while
 * a change of the same method is on its way from this window, its events wait for the answer.
 */
export function createChangeFeed(client: QueryClient) {
  /** By change number: the queries (by hash) answered with it. */
  const answered = new Map<number, Set<string>>();
  let waiting: DataChanged[] = [];

  function refresh({ method, change, sessionId, teamId }: DataChanged): void {
    const fresh = answered.get(change);
    answered.delete(change);
    // In a task of its own: an answer that came with the change is drawn first, and a refetch
    // never starts in the middle of drawing it.
    setTimeout(() => void invalidateAfter(client, method, { sessionId, teamId }, fresh), 0);
  }

  function answer(note: ChangeNote): void {
    const hashes = new Set<string>();
    for (const { method, input, value } of note.fresh) {
      client.setQueryData([method, input], value);
      hashes.add(hashKey([method, input]));
    }
    answered.set(note.change, hashes);
    for (const old of answered.keys()) {
      if (answered.size <= REMEMBERED) break;
      answered.delete(old);
    }
  }

  const pending = (event: DataChanged) =>
    !answered.has(event.change) && client.isMutating({ mutationKey: [event.method] }) > 0;

  function receive(event: DataChanged): void {
    if (pending(event)) waiting.push(event);
    else refresh(event);
  }

  const stopWatching = client.getMutationCache().subscribe(() => {
    if (waiting.length === 0) return;
    const ready = waiting.filter((event) => !pending(event));
    waiting = waiting.filter(pending);
    for (const event of ready) refresh(event);
  });

  return { answer, receive, stop: stopWatching };
}
