import type { Circle, VoteItem } from '@shared/sessions';
import { CIRCLES } from '@shared/stages';

export const circleLabel = (circle: Circle) =>
  CIRCLES.find((c) => c.id === circle)?.label ?? circle;
export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** Most dots first, then the bigger group, then by title: the order the team works through. */
export function sortedItems(items: VoteItem[]): VoteItem[] {
  return [...items].sort(
    (a, b) => b.dots - a.dots || b.cardCount - a.cardCount || a.title.localeCompare(b.title),
  );
}
