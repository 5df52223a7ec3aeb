import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatDate,
  formatDayMonth,
  formatDecimal,
  formatMean,
  formatMoment,
  formatPercent,
  formatPeriod,
  plural,
  pluralWord,
  retroName,
  roundTo,
  sessionAxisLabels,
} from './format';

describe('the rounding rule', () => {
  it('rounds halves away from zero, like the stored means', () => {
    expect(roundTo(2.125, 2)).toBe(2.13);
    expect(roundTo(-2.125, 2)).toBe(-2.13);
    expect(roundTo(0.5, 0)).toBe(1);
    expect(roundTo(-0.5, 0)).toBe(-1);
  });

  it('agrees with Math.round(x * 100) / 100 for every mean a team of up to 12 can give', () => {
    for (let count = 1; count <= 12 * 4; count++) {
      for (let points = count; points <= count * 5; points++) {
        const mean = points / count;
        expect(roundTo(mean, 2), `${points}/${count}`).toBe(Math.round(mean * 100) / 100);
      }
    }
  });

  it('never prints a negative zero', () => {
    expect(formatDecimal(-0.001, 2)).toBe('0.00');
    expect(formatChange(-0.001, 'flat')).toBe('= 0.00');
  });
});

describe('means, shares and changes', () => {
  it('writes a mean with two decimals, whole numbers too', () => {
    expect(formatMean(3)).toBe('3.00');
    expect(formatMean(3.4)).toBe('3.40');
    expect(formatMean(19 / 6)).toBe('3.17');
    expect(formatMean(8 / 3)).toBe('2.67');
    expect(formatMean(null)).toBe('–');
  });

  it('writes a share as a whole percentage', () => {
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(2 / 3)).toBe('67%');
    expect(formatPercent(0.125)).toBe('13%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(null)).toBe('–');
  });

  it('writes a change with its symbol and a true minus sign', () => {
    expect(formatChange(0.2, 'up')).toBe('△ +0.20');
    expect(formatChange(-0.35, 'down')).toBe('▽ −0.35');
    expect(formatChange(0.05, 'flat')).toBe('= +0.05');
    expect(formatChange(0, 'flat')).toBe('= 0.00');
    expect(formatChange(null, null)).toBe('–');
  });
});

describe('counted words', () => {
  it('uses the singular for one and the plural for everything else', () => {
    expect(plural(1, 'card')).toBe('1 card');
    expect(plural(0, 'card')).toBe('0 cards');
    expect(plural(3, 'card')).toBe('3 cards');
    expect(plural(1, 'person')).toBe('1 person');
    expect(plural(5, 'person')).toBe('5 people');
  });

  it('gives verbs and pronouns the form of their count', () => {
    expect(`${plural(1, 'card')} ${pluralWord(1, 'is')} hidden`).toBe('1 card is hidden');
    expect(`${plural(2, 'card')} ${pluralWord(2, 'is')} hidden`).toBe('2 cards are hidden');
    expect(pluralWord(1, 'has')).toBe('has');
    expect(pluralWord(4, 'has')).toBe('have');
    expect(pluralWord(2, 'it')).toBe('them');
  });
});

describe('dates', () => {
  it('writes a calendar date as day, month and year, on that day in every time zone', () => {
    expect(formatDate('2026-05-19')).toBe('19 May 2026');
    expect(formatDate('2026-01-01')).toBe('1 Jan 2026');
    expect(formatDate('2026-12-31')).toBe('31 Dec 2026');
    expect(formatDayMonth('2026-03-12')).toBe('12 Mar');
  });

  it('shows text that is not a date as it is', () => {
    expect(formatDate('someday')).toBe('someday');
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
    expect(formatMoment('not a moment')).toBe('not a moment');
  });

  it('writes a moment with its date and time of day', () => {
    const text = formatMoment('2026-05-19T12:00:00.000Z');
    expect(text).toMatch(/^\d{1,2} May 2026, \d{2}:\d{2}$/);
  });

  it('names the month, quarter or year a date falls in, for charts that group retros', () => {
    expect(formatPeriod('2026-05-19', 'month')).toBe('May 2026');
    expect(formatPeriod('2026-05-19', 'quarter')).toBe('Q2 2026');
    expect(formatPeriod('2026-12-31', 'quarter')).toBe('Q4 2026');
    expect(formatPeriod('2026-01-01', 'year')).toBe('2026');
    expect(formatPeriod('someday', 'year')).toBe('someday');
  });

  it('names a retro by its date and title', () => {
    expect(retroName({ date: '2026-05-19', title: 'Sprint 12 retro' })).toBe(
      '19 May 2026 · Sprint 12 retro',
    );
  });
});

describe('session labels on chart axes', () => {
  it('labels a run within one year by day and month', () => {
    expect(sessionAxisLabels(['2026-03-12', '2026-03-26', '2026-04-09'])).toEqual([
      '12 Mar',
      '26 Mar',
      '9 Apr',
    ]);
  });

  it('adds the year when the run spans two years', () => {
    expect(sessionAxisLabels(['2025-12-18', '2026-01-08'])).toEqual(['18 Dec 2025', '8 Jan 2026']);
  });

  it('tells retros on the same day apart by their order that day', () => {
    const labels = sessionAxisLabels(['2026-03-12', '2026-03-12', '2026-03-19', '2026-03-12']);
    expect(labels).toEqual(['12 Mar', '12 Mar (2)', '19 Mar', '12 Mar (3)']);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('numbers same-day retros with the year as well when the run needs it', () => {
    expect(sessionAxisLabels(['2025-06-01', '2026-03-12', '2026-03-12'])).toEqual([
      '1 Jun 2025',
      '12 Mar 2026',
      '12 Mar 2026 (2)',
    ]);
  });
});
