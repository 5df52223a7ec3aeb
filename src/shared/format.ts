import type { Trend } from './dashboard';
import type {
  CardKind,
  Circle,
  FollowUpStatus,
  KudosOutcome,
  ReviewStatus,
  SessionStatus,
} from './sessions';

// One vocabulary for what the console, the shared screen, the charts and the reports print:
// dates, means and shares, counted words, and the names of circles, card kinds, outcomes and
// statuses. The app's wording is British English, so the locale is fixed rather than the
// reader's: a report and a chart say "19 May 2026" and "3.17" on every machine.

export const LOCALE = 'en-GB';

/** What a table or label shows where there is no value (nobody rated, nothing reviewed). */
export const NO_VALUE = '–';

// ---------- Numbers ----------

/**
 * The one rounding rule: to `digits` decimals, halves away from zero. For the non-negative means
 * and shares the services store, this is exactly their `Math.round(x * 100) / 100`, so a figure
 * rounded here and one rounded when stored never disagree.
 */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  // `+ 0` turns a negative zero (−0.001 rounded) into a plain zero, so it never prints as "-0".
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor + 0;
}

const decimals = new Map<number, Intl.NumberFormat>();

/** A number rounded by the rule above and written with exactly `digits` decimals: "3.17". */
export function formatDecimal(value: number, digits: number): string {
  let format = decimals.get(digits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    decimals.set(digits, format);
  }
  return format.format(roundTo(value, digits));
}

/** A mean rating (1–5): always two decimals, "3.00", "3.17"; a dash when nobody rated. */
export function formatMean(mean: number | null): string {
  return mean === null ? NO_VALUE : formatDecimal(mean, 2);
}

/** A 0..1 share as a whole percentage, "67%"; a dash without one. */
export function formatPercent(share: number | null): string {
  return share === null ? NO_VALUE : `${formatDecimal(share * 100, 0)}%`;
}

/** A file size: "512 bytes", "14 KB", "3.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  if (bytes < 1024 * 1024) return `${formatDecimal(bytes / 1024, 0)} KB`;
  return `${formatDecimal(bytes / (1024 * 1024), 1)} MB`;
}

export const TREND_SYMBOL: Record<Trend, string> = { up: '△', down: '▽', flat: '=' };
export const TREND_WORDS: Record<Trend, string> = {
  up: 'up',
  down: 'down',
  flat: 'about the same',
};

/** A change between two means: "△ +0.20", "▽ −0.35", "= 0.05"; a dash without a change. */
export function formatChange(change: number | null, trend: Trend | null): string {
  if (change === null || trend === null) return NO_VALUE;
  const rounded = roundTo(change, 2);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${TREND_SYMBOL[trend]} ${sign}${formatDecimal(Math.abs(rounded), 2)}`;
}

// ---------- Counted words ----------

interface Forms {
  one: string;
  other: string;
}

const WORDS = {
  action: { one: 'action', other: 'actions' },
  answer: { one: 'answer', other: 'answers' },
  byte: { one: 'byte', other: 'bytes' },
  card: { one: 'card', other: 'cards' },
  character: { one: 'character', other: 'characters' },
  commitment: { one: 'commitment', other: 'commitments' },
  day: { one: 'day', other: 'days' },
  device: { one: 'device', other: 'devices' },
  dot: { one: 'dot', other: 'dots' },
  insight: { one: 'insight', other: 'insights' },
  item: { one: 'item', other: 'items' },
  member: { one: 'member', other: 'members' },
  participant: { one: 'participant', other: 'participants' },
  person: { one: 'person', other: 'people' },
  rating: { one: 'rating', other: 'ratings' },
  retro: { one: 'retro', other: 'retros' },
  team: { one: 'team', other: 'teams' },
  is: { one: 'is', other: 'are' },
  was: { one: 'was', other: 'were' },
  has: { one: 'has', other: 'have' },
  it: { one: 'it', other: 'them' },
  needs: { one: 'needs', other: 'need' },
} as const satisfies Record<string, Forms>;

export type Word = keyof typeof WORDS;

const pluralRules = new Intl.PluralRules(LOCALE);

/** The word in the form a count needs: `pluralWord(1, 'is')` is "is", `pluralWord(3, 'is')` "are". */
export function pluralWord(count: number, word: Word): string {
  return WORDS[word][pluralRules.select(count) === 'one' ? 'one' : 'other'];
}

/** A count with its noun: "1 card", "0 cards", "3 people". */
export function plural(count: number, word: Word): string {
  return `${count} ${pluralWord(count, word)}`;
}

// ---------- Dates ----------

// Calendar dates are stored as "2026-05-19" and mean that day wherever the reader is: they are
// read and written in UTC, so no time zone moves them to the day before.
const DATE = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const DAY_MONTH = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const MONTH_YEAR = new Intl.DateTimeFormat(LOCALE, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const MOMENT = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });

function calendarDay(iso: string): Date | null {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null;
  // A day that does not exist (30 February) would roll over into the next month.
  return day && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso) ? day : null;
}

/** A calendar date: "19 May 2026". Text that is not a date is shown as it is. */
export function formatDate(iso: string): string {
  const day = calendarDay(iso);
  return day ? DATE.format(day) : iso;
}

/** A calendar date without its year, for chart axes: "19 May". */
export function formatDayMonth(iso: string): string {
  const day = calendarDay(iso);
  return day ? DAY_MONTH.format(day) : iso;
}

/** A stretch of the calendar that charts of a long history group retros by. */
export type Period = 'month' | 'quarter' | 'year';

/** The period a date falls in, for chart axes: "May 2026", "Q2 2026" or "2026". */
export function formatPeriod(iso: string, period: Period): string {
  const day = calendarDay(iso);
  if (!day) return iso;
  const year = day.getUTCFullYear();
  if (period === 'year') return String(year);
  if (period === 'quarter') return `Q${Math.floor(day.getUTCMonth() / 3) + 1} ${year}`;
  return MONTH_YEAR.format(day);
}

/** A moment (an ISO timestamp) in the reader's time zone: "19 May 2026, 14:05". */
export function formatMoment(iso: string): string {
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime()) ? iso : MOMENT.format(moment);
}

/**
 * Axis labels for a run of retros, oldest first: "12 Mar", with the year only when the run spans
 * more than one. A second retro on the same day is "12 Mar (2)", a third "12 Mar (3)", so every
 * point on the axis has a label of its own.
 */
export function sessionAxisLabels(dates: readonly string[]): string[] {
  const years = new Set(dates.map((date) => date.slice(0, 4)));
  const seen = new Map<string, number>();
  return dates.map((date) => {
    const nth = (seen.get(date) ?? 0) + 1;
    seen.set(date, nth);
    const label = years.size > 1 ? formatDate(date) : formatDayMonth(date);
    return nth === 1 ? label : `${label} (${nth})`;
  });
}

/** How a table row names a retro: "19 May 2026 · Sprint 12 retro". */
export function retroName(session: { date: string; title: string }): string {
  return `${formatDate(session.date)} · ${session.title}`;
}

/** A person's own words, quoted: "“I will run the next demo”". */
export function quoted(text: string): string {
  return `“${text}”`;
}

// ---------- Labels ----------

export const CIRCLE_LABELS: Record<Circle, string> = {
  control: 'In our control',
  influence: 'We can influence',
  concern: 'Concern only',
};

export const CARD_KIND_LABELS: Record<CardKind, string> = {
  went_well: 'Went well',
  to_improve: 'To improve',
};

/**
 * How an act of initiative turned out: one name for each, in the form, on the shared screen, in
 * the reports and in CSV.
 */
export const OUTCOME_LABELS: Record<KudosOutcome, string> = {
  worked: 'Worked out',
  partly: 'Partly worked',
  did_not_work: 'Did not work out',
};

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** The verdicts a review can give, in the order the facilitator is offered them. */
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['done', 'in_progress', 'dropped'];

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  in_progress: 'In progress',
  closed: 'Closed',
};
