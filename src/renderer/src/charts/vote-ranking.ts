import type { VoteItem } from '@shared/sessions';

// What a vote ranking shows, whether recharts draws it on screen or the report draws it as plain
// SVG: the ten items with the most dots, each titled with its rank.

const SHOWN = 10;

/** The items a ranking chart shows: those with dots, at most ten. */
export const topVoted = (items: VoteItem[]) =>
  items.filter((item) => item.dots > 0).slice(0, SHOWN);

/** Competition ranking: items with the same dots share a rank (1, 1, 3). */
export const rankOf = (items: VoteItem[], item: VoteItem) =>
  1 + items.filter((other) => other.dots > item.dots).length;

/**
 * How many letters of a semi-bold title fit on one line of a chart `width` pixels wide (unknown:
 * 480): about 0.6 em each in the common sans-serif fonts, with room for wide capitals.
 */
export const titleRoom = (width: number | undefined, fontSize: number) =>
  Math.max(20, Math.floor((width ?? 480) / (fontSize * 0.65)));

/** "1. Release dates…": the item's rank and its title, cut so both fit in `room` letters. */
export function rankedTitle(items: VoteItem[], item: VoteItem, room: number): string {
  const rank = `${rankOf(items, item)}. `;
  const fits = room - rank.length;
  const title =
    item.title.length > fits ? `${item.title.slice(0, fits - 1).trimEnd()}…` : item.title;
  return `${rank}${title}`;
}
