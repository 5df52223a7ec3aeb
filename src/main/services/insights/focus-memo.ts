import type { SuggestedFocus } from '@shared/insights';
import type { Database } from 'better-sqlite3';

// A retro's suggested focus rests on its team's closed retros before it. The console's changes
// (cards, votes, ratings, kudos, the timer, moving between stages) only touch the open retro they
// are made in, so the focus is worked out once and kept until a change that can reach other
// retros (see `REACHES_TEAM`) or the whole workspace; every console view would otherwise read
// and judge a dozen retros again.

const memos = new WeakMap<Database, Map<string, SuggestedFocus | null>>();

export function rememberedFocus(
  db: Database,
  sessionId: string,
  work: () => SuggestedFocus | null,
): SuggestedFocus | null {
  let memo = memos.get(db);
  if (!memo) {
    memo = new Map();
    memos.set(db, memo);
  }
  if (memo.has(sessionId)) return memo.get(sessionId) ?? null;
  const focus = work();
  memo.set(sessionId, focus);
  return focus;
}

/** Forgets every remembered focus: a change may have reached the retros they rest on. */
export function forgetFocus(db: Database): void {
  memos.delete(db);
}
