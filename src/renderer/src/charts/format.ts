import type { Trend } from '@shared/dashboard';

/** A mean as the tables and labels print it: always two decimals, a dash when nobody rated. */
export function formatMean(mean: number | null): string {
  return mean === null ? '–' : mean.toFixed(2);
}

export const TREND_SYMBOL: Record<Trend, string> = { up: '△', down: '▽', flat: '=' };
export const TREND_WORDS: Record<Trend, string> = {
  up: 'up',
  down: 'down',
  flat: 'about the same',
};

/** "△ +0.20", "▽ −0.35", "= 0.05"; a dash without a change. */
export function formatChange(change: number | null, trend: Trend | null): string {
  if (change === null || trend === null) return '–';
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  return `${TREND_SYMBOL[trend]} ${sign}${Math.abs(change).toFixed(2)}`;
}

/** A 0..1 share as a whole percentage. */
export function formatPercent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "19 May" for an ISO date, with the year ("19 May 2026") when asked. */
export function shortDate(iso: string, withYear = false): string {
  const [year, month, day] = iso.split('-');
  const text = `${Number(day)} ${MONTHS[Number(month) - 1] ?? ''}`;
  return withYear ? `${text} ${year}` : text;
}

/** Axis labels for a run of sessions: the year only when the run spans more than one. */
export function sessionLabels(dates: string[]): string[] {
  const years = new Set(dates.map((date) => date.slice(0, 4)));
  return dates.map((date) => shortDate(date, years.size > 1));
}

/** How a table row names a retro: "19 May 2026 · Sprint 12 retro". */
export function retroName(session: { date: string; title: string }): string {
  return `${shortDate(session.date, true)} · ${session.title}`;
}
