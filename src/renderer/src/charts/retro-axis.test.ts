import {
  type DashboardSession,
  followThrough,
  type PracticeSessionStats,
  ratingStats,
} from '@shared/dashboard';
import { PRACTICE_IDS } from '@shared/practices';
import type { Distribution } from '@shared/sessions';
import { describe, expect, it } from 'vitest';
import { groupingNote, RETROS_DRAWN_EACH, retroAxis } from './retro-axis';

/** A retro on `date` whose four practices were rated as `ratings`. */
function retro(
  date: string,
  ratings: Distribution,
  counts: { kudos?: number; participants?: number; reviewed?: number; done?: number } = {},
): DashboardSession {
  return {
    id: `retro-${date}-${Math.random()}`,
    title: `Retro of ${date}`,
    date,
    status: 'closed',
    participants: counts.participants ?? 5,
    kudos: counts.kudos ?? 1,
    actionsCreated: 2,
    commitmentsCreated: 1,
    roti: ratingStats(ratings),
    pulse: PRACTICE_IDS.map(
      (practiceId): PracticeSessionStats => ({
        practiceId,
        ...ratingStats(ratings),
        actionsCreated: 1,
      }),
    ),
    followThrough: followThrough(3, counts.reviewed ?? 3, counts.done ?? 2, counts.done ?? 2),
  };
}

const weekly = (count: number, from = Date.UTC(2017, 0, 2)) =>
  Array.from({ length: count }, (_, index) =>
    retro(new Date(from + index * 7 * 86_400_000).toISOString().slice(0, 10), [0, 0, 1, 3, 1]),
  );

describe('what a per-retro chart draws along its axis', () => {
  it('draws each retro while there are a few dozen at most', () => {
    const retros = weekly(RETROS_DRAWN_EACH);
    const axis = retroAxis(retros);
    expect(axis.per).toBe('retro');
    expect(axis.points).toBe(retros);
    expect(axis.labels.slice(0, 2)).toEqual(['2 Jan', '9 Jan']);
    expect(groupingNote(retros)).toBeNull();
  });

  it('draws a long history by the shortest period that keeps the points few', () => {
    expect(retroAxis(weekly(30)).per).toBe('month');
    const fiveHundred = retroAxis(weekly(500));
    expect(fiveHundred.per).toBe('quarter');
    expect(fiveHundred.labels.slice(0, 2)).toEqual(['Q1 2017', 'Q2 2017']);
    expect(fiveHundred.points.length).toBeLessThanOrEqual(40);
    const daily = Array.from({ length: 5000 }, (_, index) =>
      retro(
        new Date(Date.UTC(2012, 0, 1) + index * 86_400_000).toISOString().slice(0, 10),
        [0, 0, 0, 1, 0],
      ),
    );
    expect(retroAxis(daily)).toMatchObject({
      per: 'year',
      labels: expect.arrayContaining(['2012', '2025']),
    });
    expect(groupingNote(daily)).toBe(
      'These 5000 retros are drawn one point per year: its ratings pooled, its kudos and participants as a mean per retro. The table lists each retro.',
    );
  });

  it('folds a period’s retros into one point that weighs every rating alike', () => {
    const retros = [
      ...weekly(24, Date.UTC(2026, 0, 5)),
      retro('2026-07-06', [5, 0, 0, 0, 0], { kudos: 0, participants: 8, reviewed: 4, done: 1 }),
      retro('2026-07-13', [0, 0, 0, 0, 1], { kudos: 3, participants: 3, reviewed: 0, done: 0 }),
    ];
    const { points, labels } = retroAxis(retros);
    expect(labels.at(-1)).toBe('Jul 2026');
    const july = points.at(-1);
    // Five 1s and one 5: the pooled mean is (5 + 5) / 6, not the mean of the two retros' means.
    expect(july?.pulse[0]).toMatchObject({
      count: 6,
      mean: 1.67,
      min: 1,
      max: 5,
      distribution: [5, 0, 0, 0, 1],
      actionsCreated: 2,
    });
    expect(july?.roti.mean).toBe(1.67);
    expect(july).toMatchObject({ kudos: 1.5, participants: 5.5, actionsCreated: 4 });
    expect(july?.followThrough).toEqual({
      created: 6,
      reviewed: 4,
      doneByNextReview: 1,
      doneEventually: 1,
      rate: 0.25,
    });
  });
});
