import type { Insight, InsightRuleId } from '@shared/insights';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../../test/dispatch-helpers';
import { ratings, retro } from '../../test/retro-history';
import { tempWorkspace } from '../../test/temp-workspace';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
let teamId: string;

beforeEach(async () => {
  ws = await tempWorkspace();
  teamId = ok(ws, 'teams.create', { name: 'Checkout' }).id;
});
afterEach(() => ws.dispose());

const DATES = ['2026-01-05', '2026-01-19', '2026-02-02', '2026-02-16'];

const ofRule = (ruleId: InsightRuleId): Insight[] =>
  ok(ws, 'insights.team', { teamId }).insights.filter((item) => item.ruleId === ruleId);
const figures = (item: Insight | undefined) =>
  Object.fromEntries((item?.figures ?? []).map((f) => [f.key, f.value]));

describe('no kudos', () => {
  it('fires after three retros without kudos, pointing to the first practice', () => {
    const ids = [1, 0, 0, 0].map((kudos, i) => retro(ws, teamId, { date: DATES[i] ?? '', kudos }));
    const [found, ...more] = ofRule('no-kudos');
    expect(more).toEqual([]);
    expect(found).toMatchObject({
      level: 'attention',
      practiceId: 'reward-initiative',
      chartId: 'kudos',
    });
    expect(found?.sentence).toBe(
      'No kudos were recorded in the last 3 retros (since 19 Jan 2026), though noticing ' +
        'initiative is the first practice: acts worth thanking may be going unseen.',
    );
    expect(figures(found)).toEqual({ retros: 3 });
    expect(found?.sessions.map((s) => s.id)).toEqual(ids.slice(1));
  });

  it('stays silent when the latest retro had kudos, or after only two without', () => {
    for (const [i, kudos] of [0, 0, 0, 1].entries()) {
      retro(ws, teamId, { date: DATES[i] ?? '', kudos });
    }
    expect(ofRule('no-kudos')).toEqual([]);
    retro(ws, teamId, { date: '2026-03-02', kudos: 0 });
    retro(ws, teamId, { date: '2026-03-16', kudos: 0 });
    expect(ofRule('no-kudos')).toEqual([]);
  });

  it('only counts retros that ran the Recognize stage', () => {
    retro(ws, teamId, { date: DATES[0] ?? '', kudos: 1 });
    const template = ok(ws, 'templates.get', { teamId });
    ok(ws, 'templates.update', {
      ...template,
      stages: template.stages.map((s) => ({ ...s, enabled: s.id !== 'recognize' })),
    });
    const later = DATES.slice(1).map((date) => retro(ws, teamId, { date, kudos: 0 }));
    const stages = ok(ws, 'sessions.get', { sessionId: later[0] }).stages.map((s) => s.id);
    expect(stages).not.toContain('recognize');
    expect(ofRule('no-kudos')).toEqual([]);
  });
});

describe('participation dropping', () => {
  const history = (latest: number) =>
    [8, 8, 7, latest].map((people, i) => retro(ws, teamId, { date: DATES[i] ?? '', people }));

  it('compares the latest head count with the mean of the retros before', () => {
    const ids = history(5);
    const [found, ...more] = ofRule('participation-falling');
    expect(more).toEqual([]);
    expect(found).toMatchObject({ level: 'attention', chartId: 'participation' });
    // (8 + 8 + 7) / 3 = 7.67; 2.67 fewer is 35% of it.
    expect(found?.sentence).toBe(
      '5 people took part in the latest retro (16 Feb 2026), against a mean of 7.67 over ' +
        'the 3 retros before: 35% fewer.',
    );
    expect(figures(found)).toEqual({ latest: 5, baselineMean: 7.67, drop: 0.35 });
    expect(found?.sessions.map((s) => s.id)).toEqual(ids);
    const shown = ok(ws, 'dashboard.team', { teamId }).sessions.map((s) => s.participants);
    expect(shown).toEqual([8, 8, 7, 5]);
  });

  it('stays silent on one or two people fewer', () => {
    history(6);
    expect(ofRule('participation-falling')).toEqual([]);
  });
});

describe('ROTI dropping', () => {
  const history = (latest: number[]) =>
    [[4, 4, 4, 4, 5], [4, 4, 4, 4, 4], [4, 4, 4, 5, 5], latest].map((scores, i) =>
      retro(ws, teamId, { date: DATES[i] ?? '', roti: ratings(...scores) }),
    );

  it('reports a fall beyond the usual move', () => {
    history([3, 3, 3, 2, 3]);
    const [found, ...more] = ofRule('roti-falling');
    expect(more).toEqual([]);
    expect(found).toMatchObject({ level: 'attention', practiceId: null, chartId: 'roti' });
    // Baseline 4.20, 4.00, 4.40: mean 4.20, usual move 0.30, bar 0.60; 2.80 is 1.40 down.
    expect(found?.sentence).toBe(
      'The return on time invested fell to 2.80 in the latest retro (16 Feb 2026), from a ' +
        'mean of 4.20 over the 3 retros before: a fall of 1.40, at least 2 times its usual move ' +
        'of 0.30 between retros.',
    );
    expect(figures(found)).toEqual({
      latestMean: 2.8,
      baselineMean: 4.2,
      change: -1.4,
      usualMove: 0.3,
      answers: 5,
    });
  });

  it('stays silent on a fall within the noise', () => {
    history([4, 4, 4, 4, 3]);
    expect(ofRule('roti-falling')).toEqual([]);
  });

  it('stays silent when only two people answered the latest ROTI', () => {
    history([1, 1]);
    expect(ofRule('roti-falling')).toEqual([]);
  });
});
