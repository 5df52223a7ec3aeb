import type { VoteItem } from '@shared/sessions';

/** Most dots first, then the bigger group, then by title: the order the team works through. */
export function sortedItems(items: VoteItem[]): VoteItem[] {
  return [...items].sort(
    (a, b) => b.dots - a.dots || b.cardCount - a.cardCount || a.title.localeCompare(b.title),
  );
}

/**
 * The items the team works through: those that got dots, most first, at most `top` of them; the
 * rest (fewer dots, or none) wait behind a button.
 */
export function topItems(items: VoteItem[], top: number): { top: VoteItem[]; rest: VoteItem[] } {
  const sorted = sortedItems(items);
  const voted = sorted.filter((item) => item.dots > 0).slice(0, top);
  return { top: voted, rest: sorted.filter((item) => !voted.includes(item)) };
}
