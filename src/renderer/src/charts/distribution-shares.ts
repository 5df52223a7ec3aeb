import { formatPercent } from '@shared/format';
import type { Distribution } from '@shared/sessions';

// What a rating-distribution chart shows, whether recharts draws it on screen or the report draws
// it as plain SVG: one bar per row, split into the shares of 1s, 2s, 3s, 4s and 5s.

export interface DistributionRow {
  key: string;
  /** What the bar is: a session's date, or a practice's name. */
  label: string;
  distribution: Distribution;
}

export const SCORES = [1, 2, 3, 4, 5] as const;

export const totalOf = (distribution: Distribution) => distribution.reduce((sum, n) => sum + n, 0);

/** Each score's share of the row's ratings, in percent (all 0 when nobody rated). */
export function sharesOf(distribution: Distribution): number[] {
  const total = totalOf(distribution);
  return distribution.map((count) => (total ? (count / total) * 100 : 0));
}

/** The row's name beside its bar; a row nobody rated says so. */
export const rowLabel = (row: DistributionRow) =>
  totalOf(row.distribution) ? row.label : `${row.label} (no ratings)`;

/** Room for the row names: estimated from their length (about 0.58 of the type size a letter). */
export function labelAxisWidth(rows: DistributionRow[], fontSize: number): number {
  const longest = Math.max(...rows.map((row) => rowLabel(row).length), 4);
  return Math.min(260, longest * fontSize * 0.58 + 12);
}

/** The percent ticks along the bars. */
export const SHARE_TICKS = [0, 25, 50, 75, 100];

/** A segment's number, when the segment is wide enough to hold "43%"; the table has every one. */
export const segmentLabel = (share: number, threshold: number) =>
  share >= threshold ? formatPercent(share / 100) : '';
