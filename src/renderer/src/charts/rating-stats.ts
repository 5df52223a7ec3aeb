import type { Distribution } from '@shared/sessions';
import { ROTI_LABELS } from '@shared/stages';

// Figures shown with a 1–5 rating: on the console, in the presentation view and in ROTI results.

export const sum = (counts: readonly number[]) => counts.reduce((total, n) => total + n, 0);

/** Lowest and highest score given, e.g. "2–5"; null when nobody has rated. */
export function spreadOf(distribution: Distribution): string | null {
  const given = distribution.flatMap((count, index) => (count > 0 ? [index + 1] : []));
  const low = given[0];
  const high = given[given.length - 1];
  if (low === undefined || high === undefined) return null;
  return low === high ? `${low}` : `${low}–${high}`;
}

/** The ROTI label nearest to the mean, e.g. "Worth it" for 3.8. */
export const verdictOf = (mean: number) => ROTI_LABELS[Math.round(mean) - 1] ?? '';
