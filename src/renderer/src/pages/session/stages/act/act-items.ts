import type { VoteItem } from '@shared/sessions';

/** Most dots first, then the bigger group, then by title: the order the team works through. */
export function sortedItems(items: VoteItem[]): VoteItem[] {
  return [...items].sort(
    (a, b) => b.dots - a.dots || b.cardCount - a.cardCount || a.title.localeCompare(b.title),
  );
}
