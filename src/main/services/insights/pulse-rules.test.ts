import type { Insight, InsightRuleId, TeamInsights } from '@shared/insights';
import type { Distribution } from '@shared/sessions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../../test/dispatch-helpers';
import { ALL_CALM, CALM, ratings, retro } from '../../test/retro-history';
import { tempWorkspace } from '../../test/temp-workspace';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
let teamId: string;

beforeEach(async () => {
  ws = await tempWorkspace();
  teamId = ok(ws, 'teams.create', { name: 'Checkout' }).id;
});
afterEach(() => ws.dispose());

const DATES = ['2026-01-05', '2026-01-19', '2026-02-02', '2026-02-16', '2026-03-02'];

const trend = (): TeamInsights => ok(ws, 'insights.team', { teamId });
const ofRule = (ruleId: InsightRuleId): Insight[] =>
  trend().insights.filter((item) => item.ruleId === ruleId);
const figures = (item: Insight | undefined) =>
  Object.fromEntries((item?.figures ?? []).map((f) => [f.key, f.value]));

// Means of five ratings, for reading the histories below.
const M2_4 = ratings(3, 3, 2, 2, 2);
const M2_6 = ratings(3, 3, 3, 2, 2);
const M2_8 = ratings(3, 3, 3, 3, 2);
const M3_4 = ratings(4, 4, 3, 3, 3);
const M3_8 = ratings(4, 4, 4, 4, 3);
const M4_0 = ratings(4, 4, 4, 4, 4);
const M4_2 = ratings(5, 4, 4, 4, 4);
const M4_8 = ratings(5, 5, 5, 5, 4);

/** Initiative 3.60, information 3.40, influence 3.80 and humility as given. */
const humility = (counts: Distribution) => ({
  'reward-initiative': CALM,
  'share-information': M3_4,
  'model-humility': counts,
  'influence-not-control': M3_8,
});

describe('lowest for several retros in a row', () => {
  it('names the practice, the run and the latest means', () => {
    retro(ws, teamId, { date: DATES[0] ?? '', pulse: humility(M2_6) });
    retro(ws, teamId, { date: DATES[1] ?? '', pulse: humility(M2_8) });
    const s3 = retro(ws, teamId, { date: DATES[2] ?? '', pulse: humility(M2_4) });

    const [found, ...more] = ofRule('lowest-streak');
    expect(more).toEqual([]);
    expect(found).toMatchObject({ level: 'attention', practiceId: 'model-humility' });
    expect(found?.chartId).toBe('pulse-trend');
    expect(found?.sentence).toBe(
      '“Model humility” has been the team’s lowest-rated practice in each of the last 3 rated ' +
        'retros (since 5 Jan 2026). In the latest it averaged 2.40, against 3.40 for the ' +
        'next lowest.',
    );
    expect(figures(found)).toEqual({ retros: 3, latestMean: 2.4, nextLowestMean: 3.4 });
    expect(found?.sessions.map((s) => s.date)).toEqual(DATES.slice(0, 3));
    expect(found?.sessions.at(-1)?.id).toBe(s3);

    // The dashboard shows the same numbers.
    const latest = ok(ws, 'dashboard.team', { teamId }).sessions.at(-1);
    expect(latest?.pulse.map((p) => p.mean)).toEqual([3.6, 3.4, 2.4, 3.8]);
  });

  it('counts the whole run', () => {
    for (const date of DATES.slice(0, 4)) retro(ws, teamId, { date, pulse: humility(M2_6) });
    expect(figures(ofRule('lowest-streak')[0]).retros).toBe(4);
  });

  it('stays silent after two in a row, on a tie, or when the latest was rated by too few', () => {
    retro(ws, teamId, { date: DATES[0] ?? '', pulse: humility(M4_0) });
    retro(ws, teamId, { date: DATES[1] ?? '', pulse: humility(M2_8) });
    retro(ws, teamId, { date: DATES[2] ?? '', pulse: humility(M2_4) });
    expect(ofRule('lowest-streak')).toEqual([]);

    // A fourth low retro makes three in a row...
    retro(ws, teamId, { date: DATES[3] ?? '', pulse: humility(M2_6) });
    expect(figures(ofRule('lowest-streak')[0]).retros).toBe(3);
    // ...but a tie for lowest in the latest breaks the run,
    retro(ws, teamId, { date: DATES[4] ?? '', pulse: humility(M3_4) });
    expect(ofRule('lowest-streak')).toEqual([]);
  });

  it('stays silent when humility was rated by only two people in the latest retro', () => {
    retro(ws, teamId, { date: DATES[0] ?? '', pulse: humility(M2_6) });
    retro(ws, teamId, { date: DATES[1] ?? '', pulse: humility(M2_8) });
    retro(ws, teamId, { date: DATES[2] ?? '', pulse: humility(ratings(1, 1)) });
    expect(ofRule('lowest-streak')).toEqual([]);
  });
});

describe('a clear rise or fall', () => {
  /** Information at the given means, the other three practices calm (tied, so never lowest). */
  function information(...series: Distribution[]) {
    series.forEach((counts, index) => {
      retro(ws, teamId, {
        date: DATES[index] ?? '',
        pulse: { ...ALL_CALM, 'share-information': counts },
      });
    });
  }

  it('reports a fall beyond the usual move, with the numbers behind it', () => {
    // Baseline 3.80, 3.60, 4.00: mean 3.80, usual move (0.20 + 0.40) / 2 = 0.30, so a fall must
    // reach max(0.5, 2 × 0.30) = 0.60. The latest 2.80 is 1.00 down.
    information(M3_8, ratings(4, 4, 4, 3, 3), M4_0, M2_8);
    const [found, ...more] = ofRule('practice-falling');
    expect(more).toEqual([]);
    expect(found).toMatchObject({
      level: 'attention',
      practiceId: 'share-information',
      chartId: 'pulse-trend',
    });
    expect(found?.sentence).toBe(
      'Ratings for “Share information freely” fell to 2.80 in the latest retro (16 Feb ' +
        '2026), from a mean of 3.80 over the 3 retros before: a fall of 1.00, at least 2 times ' +
        'its usual move of 0.30 between retros.',
    );
    expect(figures(found)).toEqual({
      latestMean: 2.8,
      baselineMean: 3.8,
      change: -1,
      usualMove: 0.3,
      ratings: 5,
    });
    expect(found?.sessions.map((s) => s.date)).toEqual(DATES.slice(0, 4));
    expect(ofRule('practice-rising')).toEqual([]);
  });

  it('reports a rise as good news', () => {
    information(M3_8, ratings(4, 4, 4, 3, 3), M4_0, M4_8);
    const [found] = ofRule('practice-rising');
    expect(found).toMatchObject({ level: 'good', practiceId: 'share-information' });
    expect(found?.sentence).toBe(
      'Ratings for “Share information freely” rose to 4.80 in the latest retro (16 Feb ' +
        '2026), from a mean of 3.80 over the 3 retros before: a rise of 1.00, at least 2 times ' +
        'its usual move of 0.30 between retros.',
    );
    expect(figures(found).change).toBe(1);
  });

  it('stays silent on a move within the noise', () => {
    // Same steady baseline; 3.40 is 0.40 down, under the 0.60 bar.
    information(M3_8, ratings(4, 4, 4, 3, 3), M4_0, M3_4);
    expect(ofRule('practice-falling')).toEqual([]);
  });

  it('stays silent on the same fall after a noisy history', () => {
    // Baseline 2.80, 4.80, 2.80: mean 3.47, usual move 2.00, so a fall of 1.07 is noise.
    information(M2_8, M4_8, M2_8, ratings(3, 3, 2, 2, 2));
    expect(ofRule('practice-falling')).toEqual([]);
    expect(ofRule('practice-rising')).toEqual([]);
  });

  it('says when the practice had held steady before', () => {
    information(M4_0, M4_0, M4_0, M2_8);
    expect(ofRule('practice-falling')[0]?.sentence).toBe(
      'Ratings for “Share information freely” fell to 2.80 in the latest retro (16 Feb ' +
        '2026), from a mean of 4.00 over the 3 retros before: a fall of 1.20, where it had held ' +
        'steady before.',
    );
  });

  it('stays silent when too few rated the practice in the latest retro', () => {
    information(M3_8, ratings(4, 4, 4, 3, 3), M4_0, ratings(1, 1));
    expect(ofRule('practice-falling')).toEqual([]);
  });

  it('compares with only two earlier retros when that is all there is', () => {
    information(M4_0, M4_2, M2_8);
    // Mean 4.10, usual move 0.20: bar 0.50; 2.80 is 1.30 down.
    expect(figures(ofRule('practice-falling')[0])).toMatchObject({
      baselineMean: 4.1,
      change: -1.3,
      usualMove: 0.2,
    });
  });
});

describe('the team disagrees', () => {
  const calmRetros = () => {
    retro(ws, teamId, { date: DATES[0] ?? '' });
    retro(ws, teamId, { date: DATES[1] ?? '' });
  };
  const latest = (influence: Distribution) =>
    retro(ws, teamId, {
      date: DATES[2] ?? '',
      people: 8,
      pulse: { ...ALL_CALM, 'influence-not-control': influence },
    });

  it('flags a split even though the mean looks fine', () => {
    calmRetros();
    latest(ratings(1, 2, 4, 5, 3, 4, 2, 5));
    const [found, ...more] = ofRule('practice-disagreement');
    expect(more).toEqual([]);
    expect(found).toMatchObject({
      level: 'discuss',
      practiceId: 'influence-not-control',
      chartId: 'distribution',
    });
    expect(found?.sentence).toBe(
      'The team is split on “Focus on influence, not control”: in the latest retro (2 Feb ' +
        '2026) 3 of 8 ratings were 1 or 2 (38%) and 4 were 4 or 5 (50%), so the mean of 3.25 ' +
        'hides a disagreement worth talking through.',
    );
    expect(figures(found)).toEqual({ ratings: 8, low: 3, high: 4, mean: 3.25 });
    expect(found?.sessions.map((s) => s.date)).toEqual([DATES[2]]);
  });

  it('stays silent on one outlier', () => {
    calmRetros();
    latest(ratings(1, 3, 3, 3, 4, 3, 3, 3));
    expect(ofRule('practice-disagreement')).toEqual([]);
  });

  it('stays silent when only two people rated the practice', () => {
    calmRetros();
    latest(ratings(1, 5));
    expect(ofRule('practice-disagreement')).toEqual([]);
  });
});
