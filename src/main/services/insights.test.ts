import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { INSIGHT_THRESHOLDS } from '@shared/insight-rules';
import { INSIGHT_RULES } from '@shared/insights';
import { PRACTICE_IDS } from '@shared/practices';
import type { Distribution } from '@shared/sessions';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, refused } from '../test/dispatch-helpers';
import { ALL_CALM, CALM, close, ratings, retro } from '../test/retro-history';
import { tempWorkspace } from '../test/temp-workspace';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;

beforeEach(async () => {
  ws = await tempWorkspace();
});
afterEach(() => ws.dispose());

const DATES = ['2026-01-05', '2026-01-19', '2026-02-02', '2026-02-16', '2026-03-02'];
const LOW = ratings(3, 3, 2, 2, 2); // 2.40
const HIGH = ratings(5, 5, 5, 5, 4); // 4.80

/** Humility at `counts`, information at 3.40, initiative 3.60, influence 3.80. */
const humility = (counts: Distribution) => ({
  ...ALL_CALM,
  'share-information': ratings(4, 4, 3, 3, 3),
  'model-humility': counts,
  'influence-not-control': ratings(4, 4, 4, 4, 3),
});

const STREAK_SENTENCE =
  '“Model humility” has been the team’s lowest-rated practice in each of the last 3 rated ' +
  'retros (since 5 Jan 2026). In the latest it averaged 2.40, against 3.40 for the next lowest.';

/** Humility lowest in each of three retros; the third left open when asked. */
function stuckTeam(name = 'Checkout', options: { lastOpen?: boolean; kudos?: number } = {}) {
  const team = ok(ws, 'teams.create', { name, members: ['Ana', 'Ben'] });
  const ids = DATES.slice(0, 3).map((date, i) =>
    retro(ws, team.id, {
      date,
      pulse: humility(LOW),
      kudos: options.kudos,
      open: options.lastOpen === true && i === 2,
    }),
  );
  return { teamId: team.id, ids };
}

describe('enough data', () => {
  it('says nothing before three closed rated retros, and says why', () => {
    const { teamId, ids } = stuckTeam('Checkout', { lastOpen: true });
    expect(ok(ws, 'insights.team', { teamId })).toEqual({
      teamId,
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      retrosRead: 2,
      ratedRetros: 2,
      notEnoughData:
        'Insights need at least 3 closed retros in which at least 3 people rated the practices; ' +
        'so far there are 2 such retros.',
      insights: [],
      focus: null,
    });
    close(ws, ids[2] ?? '');
    expect(ok(ws, 'insights.team', { teamId }).insights.map((i) => i.sentence)).toEqual([
      STREAK_SENTENCE,
    ]);
  });

  it('does not count retros that too few people rated', () => {
    const teamId = ok(ws, 'teams.create', { name: 'Small' }).id;
    const two = Object.fromEntries(PRACTICE_IDS.map((id) => [id, ratings(1, 1)]));
    for (const date of DATES) retro(ws, teamId, { date, people: 2, pulse: two, kudos: 0 });
    const trend = ok(ws, 'insights.team', { teamId });
    expect(trend).toMatchObject({ retrosRead: 5, ratedRetros: 0, insights: [] });
    expect(trend.notEnoughData).toContain('so far there are 0 such retros.');
  });

  it('reads the closed retros among those the dashboard filter picks', () => {
    const { teamId } = stuckTeam();
    retro(ws, teamId, { date: DATES[3] ?? '', pulse: humility(LOW), open: true });
    expect(ok(ws, 'insights.team', { teamId, lastN: 2 })).toMatchObject({
      retrosRead: 1,
      insights: [],
    });
    expect(ok(ws, 'insights.team', { teamId, lastN: 4 })).toMatchObject({ retrosRead: 3 });
    expect(ok(ws, 'insights.team', { teamId, from: DATES[1] })).toMatchObject({
      retrosRead: 2,
      insights: [],
    });
  });

  it('refuses an unknown team or session and a bad filter with a clear message', () => {
    expect(refused(ws, 'insights.team', { teamId: 'nope' })).toMatchObject({ code: 'not_found' });
    expect(refused(ws, 'insights.session', { sessionId: 'nope' })).toMatchObject({
      code: 'not_found',
      message: 'That session no longer exists. It may have been deleted.',
    });
    expect(refused(ws, 'insights.team', { teamId: 'x', lastN: 0 })).toMatchObject({
      code: 'invalid_input',
      message: 'Show at least 1 session.',
    });
  });
});

describe('as of a retro (its Close stage)', () => {
  it('counts the retro itself while it is in progress, and nothing after it', () => {
    const { teamId, ids } = stuckTeam('Checkout', { lastOpen: true });
    const asOfThird = ok(ws, 'insights.session', { sessionId: ids[2] });
    expect(asOfThird).toMatchObject({ asOf: DATES[2], retrosRead: 3, ratedRetros: 3 });
    expect(asOfThird.insights.map((i) => i.sentence)).toEqual([STREAK_SENTENCE]);

    close(ws, ids[2] ?? '');
    retro(ws, teamId, { date: DATES[3] ?? '', pulse: humility(HIGH) });
    expect(ok(ws, 'insights.session', { sessionId: ids[2] })).toEqual(asOfThird);
    expect(ok(ws, 'insights.session', { sessionId: ids[1] })).toMatchObject({
      retrosRead: 2,
      insights: [],
    });
  });
});

describe('suggested focus for the next retro', () => {
  const order = (sessionId: string) => {
    const view = ok(ws, 'sessions.get', { sessionId });
    return { focus: view.focus, order: view.reflectOrder, keys: Object.keys(view.prompts) };
  };

  it('puts the practice the insights point to first in a new retro, and says why', () => {
    const { teamId, ids } = stuckTeam();
    const template = ok(ws, 'templates.get', { teamId });
    const next = ok(ws, 'sessions.create', { teamId, title: 'Next', date: DATES[3] }).id;
    const expected = [
      'model-humility',
      'reward-initiative',
      'share-information',
      'influence-not-control',
    ];

    const view = ok(ws, 'sessions.get', { sessionId: next });
    expect(view.focus).toEqual({
      practiceId: 'model-humility',
      ruleId: 'lowest-streak',
      reason: STREAK_SENTENCE,
    });
    expect(view.reflectOrder).toEqual(expected);
    expect(Object.keys(view.prompts)).toEqual(expected);
    expect(view.prompts['model-humility']).toEqual(template.prompts['model-humility']);
    const shared = ok(ws, 'sessions.presentation', { sessionId: next });
    expect([shared.focus?.practiceId, shared.reflectOrder]).toEqual(['model-humility', expected]);

    // The focus holds while this retro's own ratings come in.
    ok(ws, 'participants.set', { sessionId: next, mode: 'anonymous', count: 5 });
    ok(ws, 'pulse.setTally', { sessionId: next, practiceId: 'model-humility', counts: HIGH });
    expect(order(next).order).toEqual(expected);
    // An earlier retro had no history before it: the usual order.
    expect(order(ids[0] ?? '')).toEqual({
      focus: null,
      order: [...PRACTICE_IDS],
      keys: [...PRACTICE_IDS],
    });
  });

  it('keeps the usual order when the insights point nowhere', () => {
    const teamId = ok(ws, 'teams.create', { name: 'Calm' }).id;
    for (const date of DATES.slice(0, 3)) retro(ws, teamId, { date });
    expect(ok(ws, 'insights.team', { teamId })).toMatchObject({ insights: [], focus: null });
    const next = ok(ws, 'sessions.create', { teamId, title: 'Next' }).id;
    expect(order(next)).toEqual({ focus: null, order: [...PRACTICE_IDS], keys: [...PRACTICE_IDS] });
  });

  it('does not take good news as a focus', () => {
    const teamId = ok(ws, 'teams.create', { name: 'Rising' }).id;
    const info = (counts: Distribution) => ({ ...ALL_CALM, 'share-information': counts });
    for (const [i, counts] of [CALM, CALM, CALM, HIGH].entries()) {
      retro(ws, teamId, { date: DATES[i] ?? '', pulse: info(counts) });
    }
    const trend = ok(ws, 'insights.team', { teamId });
    expect(trend.insights.map((i) => i.ruleId)).toEqual(['practice-rising']);
    expect(trend.focus).toBeNull();
  });
});

describe('the leads’ overview', () => {
  it('lists the teams with the most needing attention first', () => {
    const calm = ok(ws, 'teams.create', { name: 'Alpha' }).id;
    for (const date of DATES.slice(0, 3)) retro(ws, calm, { date });
    const one = stuckTeam('Gamma').teamId;
    const two = stuckTeam('Beta', { kudos: 0 }).teamId;
    const archived = stuckTeam('Delta', { kudos: 0 }).teamId;
    ok(ws, 'teams.setArchived', { teamId: archived, archived: true });

    const rows = ok(ws, 'insights.overview', {});
    expect(rows.map((r) => [r.name, r.attention, r.insights.map((i) => i.ruleId)])).toEqual([
      ['Beta', 2, ['lowest-streak', 'no-kudos']],
      ['Gamma', 1, ['lowest-streak']],
      ['Alpha', 0, []],
    ]);
    expect(rows[0]?.insights).toEqual(ok(ws, 'insights.team', { teamId: two }).insights);
    expect(rows.find((r) => r.teamId === one)).toMatchObject({ isSample: false, archived: false });
    const all = ok(ws, 'insights.overview', { includeArchived: true });
    expect(all.map((r) => r.name)).toEqual(['Beta', 'Delta', 'Gamma', 'Alpha']);
  });
});

// ---------- Never a person ----------

const NAMES = ['Ana', 'Ben', 'Chioma', 'Devraj', 'Zoë Ångström', 'Fred Quinn'];
const nameFound = (text: string) =>
  [...NAMES, 'Participant']
    .flatMap((name) => name.split(' '))
    .find((name) => new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'iu').test(text));

/** A small deterministic random source (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

describe('insights speak of the team, never of a person', () => {
  it('holds no member name or participant label over many random histories', () => {
    const fired = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const pick = random(seed);
      const teamId = ok(ws, 'teams.create', { name: `Team ${seed}`, members: NAMES }).id;
      const sessions = 3 + pick(4);
      let open: string[] = [];
      let last = '';
      for (let n = 0; n < sessions; n++) {
        const people = NAMES.slice(0, 3 + pick(4));
        const pulse = Object.fromEntries(
          PRACTICE_IDS.map((id) => [id, ratings(...people.map(() => 1 + pick(5)))]),
        );
        last = retro(ws, teamId, {
          date: `2026-0${1 + Math.floor(n / 3)}-${String(1 + (n % 3) * 9).padStart(2, '0')}`,
          title: `Retro ${n + 1}`,
          people: pick(2) === 0 ? people : people.length,
          pulse,
          roti: ratings(...people.map(() => 1 + pick(5))),
          kudos: pick(3),
          who: NAMES[pick(NAMES.length)],
          open: true,
        });
        for (const id of open) {
          const verdict = (['done', 'in_progress', 'dropped'] as const)[pick(3)];
          ok(ws, 'review.mark', {
            sessionId: last,
            kind: 'action',
            id,
            status: verdict,
            note: 'Ana',
          });
        }
        open = [0, 1, 2].map(() => {
          const owner = NAMES[pick(NAMES.length)] ?? 'Ana';
          return ok(ws, 'actions.add', {
            sessionId: last,
            title: `${owner} asks Ben about the roadmap`,
            owner,
            dueDate: `2026-0${1 + pick(3)}-1${pick(9)}`,
            practiceId: PRACTICE_IDS[pick(4)],
            circle: 'control',
            item: null,
          }).id;
        });
        ok(ws, 'commitments.add', {
          sessionId: last,
          participantId: null,
          person: 'Chioma',
          text: 'Pair with Devraj',
        });
        if (n < sessions - 1) close(ws, last);
      }
      const trend = ok(ws, 'insights.team', { teamId });
      const texts = [
        trend,
        ok(ws, 'insights.session', { sessionId: last }),
        ok(ws, 'sessions.get', { sessionId: last }).focus,
      ];
      for (const value of texts) expect(nameFound(JSON.stringify(value))).toBeUndefined();
      for (const item of trend.insights) fired.add(item.ruleId);
    }
    const rows = ok(ws, 'insights.overview', {});
    expect(nameFound(JSON.stringify(rows.map((r) => r.insights)))).toBeUndefined();
    // The histories are varied enough that several rules speak.
    expect(fired.size).toBeGreaterThanOrEqual(5);
  });

  it('reads every team’s history at once and says for each what its own insights say', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const pick = random(seed);
      const teamId = ok(ws, 'teams.create', { name: `Team ${seed}` }).id;
      let open: string[] = [];
      for (let n = 0; n < 3 + pick(5); n++) {
        const people = 3 + pick(4);
        const sessionId = retro(ws, teamId, {
          date: `2026-0${1 + Math.floor(n / 3)}-${String(1 + (n % 3) * 9).padStart(2, '0')}`,
          people,
          pulse: Object.fromEntries(
            PRACTICE_IDS.map((id) => [
              id,
              ratings(...Array.from({ length: people }, () => 1 + pick(5))),
            ]),
          ),
          roti: ratings(...Array.from({ length: people }, () => 1 + pick(5))),
          kudos: pick(2),
          open: true,
        });
        for (const id of open) {
          const status = (['done', 'in_progress', 'dropped'] as const)[pick(3)];
          ok(ws, 'review.mark', { sessionId, kind: 'action', id, status, note: '' });
        }
        open = [0, 1].map(
          () =>
            ok(ws, 'actions.add', {
              sessionId,
              title: 'Write it down',
              owner: 'Someone',
              dueDate: '2026-02-01',
              practiceId: PRACTICE_IDS[pick(4)],
              circle: 'control',
              item: null,
            }).id,
        );
        if (pick(4) > 0) close(ws, sessionId);
      }
    }
    const rows = ok(ws, 'insights.overview', {});
    expect(rows).toHaveLength(8);
    expect(rows.some((row) => row.insights.length > 0)).toBe(true);
    for (const row of rows) {
      expect(row.insights, row.name).toEqual(
        ok(ws, 'insights.team', { teamId: row.teamId }).insights,
      );
    }
  });

  it('never puts a retro title into a sentence; anonymised reports scrub the titles', () => {
    const teamId = ok(ws, 'teams.create', { name: 'Checkout', members: ['Ana'] }).id;
    DATES.slice(0, 3).forEach((date) => {
      retro(ws, teamId, { date, title: 'Ana’s farewell retro', pulse: humility(LOW) });
    });
    const [found] = ok(ws, 'insights.team', { teamId }).insights;
    expect(found?.sessions[0]?.title).toBe('Ana’s farewell retro');
    expect(found?.sentence).toBe(STREAK_SENTENCE);
    const report = ok(ws, 'reports.teamData', { teamId, anonymise: true });
    expect(report.insights.insights[0]?.sessions[0]?.title).toBe('Member 1’s farewell retro');
    expect(nameFound(JSON.stringify(report.insights))).toBeUndefined();
  });
});

// ---------- Reports and help ----------

describe('the team report', () => {
  it('starts its Markdown with what the trend says', () => {
    const { teamId } = stuckTeam();
    const { text } = ok(ws, 'reports.teamMarkdown', { teamId });
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings[0]).toBe('## What the trend says');
    expect(headings[1]).toBe('## Key figures');
    const section = text.slice(
      text.indexOf('## What the trend says'),
      text.indexOf('## Key figures'),
    );
    expect(section).toBe(
      [
        '## What the trend says',
        '',
        `- **Needs attention:** ${STREAK_SENTENCE}`,
        '',
        '**Suggested focus for the next retro:** Model humility; its Reflect prompts come first.',
        '',
        '_Worked out on this computer from the newest 3 closed retros shown, by the rules explained in the help; nothing was sent anywhere._',
        '',
        '',
      ].join('\n'),
    );
  });

  it('says why it is silent when there is too little history', () => {
    const teamId = ok(ws, 'teams.create', { name: 'New' }).id;
    retro(ws, teamId, { date: DATES[0] ?? '' });
    const { text } = ok(ws, 'reports.teamMarkdown', { teamId });
    expect(text).toContain(
      '## What the trend says\n\n_Insights need at least 3 closed retros in which at least 3 people rated the practices; so far there is 1 such retro._',
    );
  });

  it('lists the insights first in the CSV, with their numbers', () => {
    const { teamId } = stuckTeam();
    const csv = ok(ws, 'reports.teamCsv', { teamId }).text;
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({
      Section: 'Insight',
      'Retro date': DATES[2],
      Retro: `Retro of ${DATES[2]}`,
      Practice: 'Model humility',
      Kind: 'Needs attention',
      Text: STREAK_SENTENCE,
      Note: 'Rated retros in a row: 3; Latest mean: 2.40; Next lowest practice: 3.40',
    });
    expect(rows.slice(1).map((row) => row.Section)).not.toContain('Insight');
    expect(rows[1]).toMatchObject({ Section: 'Retro', 'Retro date': DATES[0] });
  });
});

describe('help text', () => {
  it('explains every rule and threshold in the README, word for word', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    for (const rule of INSIGHT_RULES) expect(readme).toContain(rule.explanation);
    for (const threshold of Object.values(INSIGHT_THRESHOLDS)) {
      expect(readme).toContain(threshold.explanation);
    }
  });
});
