import type { ReportFile, SessionReport, TeamReport } from '@shared/reports';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, routeTo } from '../api/dispatch';
import { CSV_COLUMNS } from '../reports/csv';
import { inline } from '../reports/markdown';
import { pseudonyms } from '../reports/pseudonyms';
import { ok, participantIds, refused } from '../test/dispatch-helpers';
import { tempWorkspace } from '../test/temp-workspace';
import { localDate } from './ids';
import type { DesktopHost } from './report-pdf';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
let teamId: string;
let earlierId: string;
let sessionId: string;

const MEMBERS = ['Zoë Ångström', 'Ben Okafor', 'Chioma', 'Devraj'];
/** Every name the anonymised formats must not show, in any case. */
const NAMES = [...MEMBERS, 'Zoë', 'Ångström', 'Okafor', 'Fred Quinn', 'Fred'];

const TRICKY_CARD = 'Deploys, "finally" green\nafter Zoë’s fix | ship *it*';
const FORMULA_CARD = '=HYPERLINK("http://evil.example")';

/**
 * An earlier closed retro with one action, then "Sprint 12" with three named participants (Devraj
 * is on the team but not there), ratings, cards, a group, dots, kudos, actions, a commitment, a
 * review of the earlier action, ROTI and a summary; then closed.
 */
function buildRetros() {
  teamId = ok(ws, 'teams.create', { name: 'Checkout squad', members: MEMBERS }).id;
  earlierId = ok(ws, 'sessions.create', { teamId, title: 'Sprint 11', date: '2026-05-05' }).id;
  ok(ws, 'participants.set', { sessionId: earlierId, mode: 'anonymous', count: 4 });
  const earlierAction = ok(ws, 'actions.add', {
    sessionId: earlierId,
    title: 'Pair Devraj with Ben on the release checklist',
    owner: 'Ben Okafor',
    dueDate: '2026-05-12',
    practiceId: 'share-information',
    circle: 'control',
    item: null,
  });
  ok(ws, 'sessions.close', { sessionId: earlierId });

  sessionId = ok(ws, 'sessions.create', {
    teamId,
    title: 'Sprint 12, "the big one"',
    date: '2026-05-19',
  }).id;
  ok(ws, 'participants.set', {
    sessionId,
    mode: 'named',
    names: ['Zoë Ångström', 'Ben Okafor', 'Chioma'],
  });
  ok(ws, 'pulse.setTally', { sessionId, practiceId: 'reward-initiative', counts: [0, 0, 1, 1, 1] });
  ok(ws, 'pulse.setTally', { sessionId, practiceId: 'share-information', counts: [0, 1, 2, 0, 0] });
  ok(ws, 'pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [0, 0, 0, 3, 0] });
  ok(ws, 'pulse.setTally', {
    sessionId,
    practiceId: 'influence-not-control',
    counts: [1, 1, 1, 0, 0],
  });

  const card = (practiceId: string, kind: string, text: string) =>
    ok(ws, 'cards.add', { sessionId, practiceId, kind, text });
  const tricky = card('reward-initiative', 'went_well', TRICKY_CARD);
  card('reward-initiative', 'to_improve', 'Nobody thanked chioma for the cache experiment');
  const silo = card('share-information', 'to_improve', 'Release dates lived in Devraj’s head');
  const roadmap = card('share-information', 'to_improve', 'Roadmap changes reached us last');
  card('model-humility', 'went_well', FORMULA_CARD);
  const group = ok(ws, 'groups.create', {
    sessionId,
    title: 'Information silos',
    cardIds: [silo.id, roadmap.id],
  });
  ok(ws, 'votes.setTally', { sessionId, item: { kind: 'group', id: group.id }, dots: 5 });
  ok(ws, 'votes.setTally', { sessionId, item: { kind: 'card', id: tricky.id }, dots: 3 });
  ok(ws, 'items.setCircle', {
    sessionId,
    item: { kind: 'group', id: group.id },
    circle: 'control',
  });

  ok(ws, 'kudos.add', {
    sessionId,
    act: 'Zoë stayed late to fix the pipeline, with Ben Okafor',
    who: 'zoë ångström',
    outcome: 'worked',
  });
  ok(ws, 'kudos.add', {
    sessionId,
    act: 'Tried a new cache',
    who: 'Fred Quinn',
    outcome: 'did_not_work',
  });
  ok(ws, 'actions.add', {
    sessionId,
    title: 'Publish the release calendar',
    owner: 'Chioma',
    dueDate: '2026-05-26',
    practiceId: 'share-information',
    circle: 'control',
    item: { kind: 'group', id: group.id },
  });
  ok(ws, 'actions.add', {
    sessionId,
    title: 'Ask Fred about the vendor roadmap',
    owner: 'Fred',
    dueDate: null,
    practiceId: 'influence-not-control',
    circle: 'influence',
    item: null,
  });
  const [zoe] = participantIds(ws, sessionId);
  ok(ws, 'commitments.add', {
    sessionId,
    participantId: zoe,
    person: 'Zoë Ångström',
    text: 'Demo the deploy fix to Okafor’s team',
  });
  ok(ws, 'review.mark', {
    sessionId,
    kind: 'action',
    id: earlierAction.id,
    status: 'done',
    note: 'Ben and Devraj did it',
  });
  ok(ws, 'roti.setTally', { sessionId, counts: [0, 0, 0, 2, 1] });
  ok(ws, 'sessions.update', {
    sessionId,
    notes: 'PRIVATE: Ben seemed tired',
    summary: 'Good energy.\nZoë and Chioma will pair on the calendar.',
  });
  ok(ws, 'sessions.close', { sessionId });
}

beforeEach(async () => {
  ws = await tempWorkspace();
  buildRetros();
});
afterEach(() => ws.dispose());

const sessionData = (anonymise = false) =>
  ok(ws, 'reports.sessionData', { sessionId, anonymise }) as SessionReport;
const teamData = (anonymise = false) =>
  ok(ws, 'reports.teamData', { teamId, anonymise }) as TeamReport;
const file = (method: Parameters<typeof ok>[1], input: unknown) =>
  ok(ws, method, input) as ReportFile;

function parseCsv(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<
    string,
    string
  >[];
}

/** Fails with the name and the surrounding text if any name survives, case ignored. */
function expectNoNames(text: string) {
  const lower = text.normalize('NFC').toLocaleLowerCase('en');
  for (const name of NAMES) {
    const at = lower.search(
      new RegExp(`(?<![\\p{L}])${name.toLocaleLowerCase('en')}(?![\\p{L}])`, 'u'),
    );
    expect(at === -1 ? '' : `${name} in …${text.slice(Math.max(0, at - 30), at + 30)}…`).toBe('');
  }
}

describe('session report data', () => {
  it('gathers the figures and texts of the session, without the private notes', () => {
    const report = sessionData();
    expect(report).toMatchObject({
      anonymised: false,
      team: { id: teamId, name: 'Checkout squad' },
      session: {
        id: sessionId,
        title: 'Sprint 12, "the big one"',
        date: '2026-05-19',
        status: 'closed',
      },
      participants: { mode: 'named', count: 3, names: ['Zoë Ångström', 'Ben Okafor', 'Chioma'] },
      roti: { distribution: [0, 0, 0, 2, 1], count: 3, mean: 4.33 },
      summary: 'Good energy.\nZoë and Chioma will pair on the calendar.',
    });
    expect(report.pulse.map((p) => [p.practiceId, p.count, p.mean])).toEqual([
      ['reward-initiative', 3, 4],
      ['share-information', 3, 2.67],
      ['model-humility', 3, 4],
      ['influence-not-control', 3, 2],
    ]);
    expect(report.cards.map((c) => [c.text, c.group, c.dots])).toEqual([
      [TRICKY_CARD, null, 3],
      ['Nobody thanked chioma for the cache experiment', null, 0],
      ['Release dates lived in Devraj’s head', 'Information silos', 5],
      ['Roadmap changes reached us last', 'Information silos', 5],
      [FORMULA_CARD, null, 0],
    ]);
    expect(report.items[0]).toMatchObject({ title: 'Information silos', dots: 5, cardCount: 2 });
    expect(report.actions.map((a) => [a.title, a.owner, a.dueDate])).toEqual([
      ['Publish the release calendar', 'Chioma', '2026-05-26'],
      ['Ask Fred about the vendor roadmap', 'Fred', null],
    ]);
    expect(report.review).toEqual([
      expect.objectContaining({
        text: 'Pair Devraj with Ben on the release checklist',
        owner: 'Ben Okafor',
        fromSessionTitle: 'Sprint 11',
        review: { status: 'done', note: 'Ben and Devraj did it' },
      }),
    ]);
    expect(JSON.stringify(report)).not.toContain('PRIVATE');
  });

  it('anonymised, gives participants, members and unknown owners pseudonyms everywhere', () => {
    const report = sessionData(true);
    expect(report.anonymised).toBe(true);
    expect(report.participants).toEqual({ mode: 'named', count: 3, names: [] });
    expect(report.kudos.map((k) => [k.who, k.act])).toEqual([
      ['Participant 1', 'Participant 1 stayed late to fix the pipeline, with Participant 2'],
      ['Someone', 'Tried a new cache'],
    ]);
    expect(report.actions.map((a) => [a.owner, a.title])).toEqual([
      ['Participant 3', 'Publish the release calendar'],
      ['Someone', 'Ask Someone about the vendor roadmap'],
    ]);
    expect(report.commitments[0]).toMatchObject({
      person: 'Participant 1',
      text: 'Demo the deploy fix to Participant 2’s team',
    });
    expect(report.cards[1]?.text).toBe('Nobody thanked Participant 3 for the cache experiment');
    expect(report.cards[2]?.text).toBe('Release dates lived in Member 1’s head');
    expect(report.review[0]).toMatchObject({
      owner: 'Participant 2',
      text: 'Pair Member 1 with Participant 2 on the release checklist',
      review: { note: 'Participant 2 and Member 1 did it' },
    });
    expect(report.summary).toBe(
      'Good energy.\nParticipant 1 and Participant 3 will pair on the calendar.',
    );
    expectNoNames(JSON.stringify(report));
  });

  it('answers not found for a session that does not exist', () => {
    expect(refused(ws, 'reports.sessionData', { sessionId: 'nope' })).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('session Markdown', () => {
  it('has the headings, key figures, tables and texts, with user text escaped', () => {
    const { fileName, text } = file('reports.sessionMarkdown', { sessionId });
    expect(fileName).toBe('threadline-sprint-12-the-big-one-2026-05-19.md');
    expect(text).toContain('# Retro report: Sprint 12, "the big one"');
    expect(text).toContain('**Team:** Checkout squad');
    expect(text).toContain('**Date:** 19 May 2026');
    expect(text).toContain('**Participants:** 3 (Zoë Ångström, Ben Okafor, Chioma)');
    expect(text).toContain('| Mean pulse (all practices) | 3.17 |');
    expect(text).toContain('| ROTI (1–5) | 4.33 |');
    expect(text).toContain('| Earlier follow-ups done | 1 of 1 |');
    expect(text).toContain('| Information | 0 | 1 | 2 | 0 | 0 | 3 | 2.67 |');
    expect(text).toContain('### Reward initiative, not just outcomes');
    // The pipe, the asterisks and the newline of the card cannot break the table.
    expect(text).toContain(
      '| Went well | Deploys, "finally" green<br>after Zoë’s fix \\| ship \\*it\\* | – | 3 |',
    );
    expect(text).toContain('| Information silos | Information | 2 | 5 | In our control |');
    expect(text).toContain('| Publish the release calendar | Chioma | 26 May 2026 | Information |');
    expect(text).toContain('| Ask Fred about the vendor roadmap | Fred | – |');
    expect(text).toContain('| Zoë Ångström | Demo the deploy fix to Okafor’s team | Open |');
    expect(text).toContain(
      '| Action | Pair Devraj with Ben on the release checklist | Ben Okafor |',
    );
    expect(text).toContain('| Return on time invested | 0 | 0 | 0 | 2 | 1 | 3 | 4.33 |');
    expect(text).toContain('Good energy.\nZoë and Chioma will pair on the calendar.');
    expect(text).not.toContain('PRIVATE');
    // Every table row has as many cells as its header.
    for (const block of text.split('\n\n').filter((b) => b.startsWith('|'))) {
      const widths = block.split('\n').map((row) => row.split(/(?<!\\)\|/).length);
      expect(new Set(widths).size).toBe(1);
    }
  });

  it('escapes what Markdown would read as syntax', () => {
    expect(inline('# not a heading')).toBe('\\# not a heading');
    expect(inline('- not a list')).toBe('\\- not a list');
    expect(inline('1. not a list')).toBe('1\\. not a list');
    expect(inline('[link](http://x) <b>bold</b> `code` a_b ~x~')).toBe(
      '\\[link\\](http://x) \\<b\\>bold\\</b\\> \\`code\\` a\\_b \\~x\\~',
    );
    expect(inline('R&D &amp; more')).toBe('R&D \\&amp; more');
    expect(inline('back\\slash')).toBe('back\\\\slash');
  });
});

describe('session CSV', () => {
  it('parses back with the columns, figures and texts, quoting commas, quotes and newlines', () => {
    const { fileName, text } = file('reports.sessionCsv', { sessionId });
    expect(fileName).toBe('threadline-sprint-12-the-big-one-2026-05-19.csv');
    expect(text).toContain('\r\n');
    const rows = parseCsv(text);
    const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    const section = (name: string) => rows.filter((row) => row.Section === name);

    expect(section('Retro')[0]).toMatchObject({
      Retro: 'Sprint 12, "the big one"',
      'Retro date': '2026-05-19',
      Person: 'Zoë Ångström; Ben Okafor; Chioma',
      Count: '3',
      Status: 'Closed',
    });
    expect(
      section('Pulse').map((r) => [
        r.Practice,
        r['1'],
        r['2'],
        r['3'],
        r['4'],
        r['5'],
        r.Count,
        r.Mean,
      ]),
    ).toEqual([
      ['Reward initiative, not just outcomes', '0', '0', '1', '1', '1', '3', '4.00'],
      ['Share information freely', '0', '1', '2', '0', '0', '3', '2.67'],
      ['Model humility', '0', '0', '0', '3', '0', '3', '4.00'],
      ['Focus on influence, not control', '1', '1', '1', '0', '0', '3', '2.00'],
    ]);
    const cards = section('Card');
    expect(cards[0]).toMatchObject({ Text: TRICKY_CARD, Kind: 'Went well', Dots: '3' });
    expect(cards[2]).toMatchObject({ Group: 'Information silos', Dots: '5' });
    // A formula would run in a spreadsheet: it is kept as text.
    expect(cards[4]?.Text).toBe(`'${FORMULA_CARD}`);
    expect(section('Vote item')[0]).toMatchObject({
      Text: 'Information silos',
      Kind: 'Group',
      Dots: '5',
      Count: '2',
      Circle: 'In our control',
    });
    expect(section('Kudos').map((r) => [r.Person, r.Kind])).toEqual([
      ['zoë ångström', 'Worked out'],
      ['Fred Quinn', 'Did not work out'],
    ]);
    expect(section('Action').map((r) => [r.Text, r.Person, r['Due date'], r.Status])).toEqual([
      ['Publish the release calendar', 'Chioma', '2026-05-26', 'Open'],
      ['Ask Fred about the vendor roadmap', 'Fred', '', 'Open'],
    ]);
    expect(section('Commitment')[0]).toMatchObject({ Person: 'Zoë Ångström', Status: 'Open' });
    expect(section('Review')[0]).toMatchObject({
      Retro: 'Sprint 11',
      'Retro date': '2026-05-05',
      Status: 'Done',
      Note: 'Ben and Devraj did it',
    });
    expect(section('ROTI')[0]).toMatchObject({ '4': '2', '5': '1', Count: '3', Mean: '4.33' });
    expect(section('Summary')[0]?.Text).toBe(
      'Good energy.\nZoë and Chioma will pair on the calendar.',
    );
    expect(text).not.toContain('PRIVATE');
  });
});

describe('team report', () => {
  it('has the range, dashboard aggregates, follow-through and open follow-ups', () => {
    const report = teamData();
    expect(report.dashboard.sessions.map((s) => s.title)).toEqual([
      'Sprint 11',
      'Sprint 12, "the big one"',
    ]);
    expect(report.dashboard.totals).toMatchObject({ sessions: 2, kudos: 2, actions: 3 });
    expect(report.dashboard.sessions[0]?.followThrough).toMatchObject({
      created: 1,
      reviewed: 1,
      doneByNextReview: 1,
      rate: 1,
    });
    expect(report.open.map((o) => [o.kind, o.text, o.owner])).toEqual([
      ['action', 'Publish the release calendar', 'Chioma'],
      ['action', 'Ask Fred about the vendor roadmap', 'Fred'],
      ['commitment', 'Demo the deploy fix to Okafor’s team', 'Zoë Ångström'],
    ]);

    const recent = ok(ws, 'reports.teamData', { teamId, lastN: 1 }) as TeamReport;
    expect(recent.filter).toEqual({ lastN: 1, from: null, to: null });
    expect(recent.dashboard.sessions.map((s) => s.date)).toEqual(['2026-05-19']);
  });

  it('writes Markdown and CSV with the trend, follow-through and open actions', () => {
    const md = file('reports.teamMarkdown', { teamId }).text;
    expect(md).toContain('# Team progress report: Checkout squad');
    expect(md).toContain('**Retros:** 2 (5 May 2026 – 19 May 2026)');
    expect(md).toContain(
      '| 19 May 2026 · Sprint 12, "the big one" | 4.00 | 2.67 | 4.00 | 2.00 | 3 |',
    );
    expect(md).toContain('| 5 May 2026 · Sprint 11 | 1 | 1 | 1 | 1 | 100% |');
    expect(md).toContain('| Publish the release calendar | Chioma |');

    const rows = parseCsv(file('reports.teamCsv', { teamId }).text);
    expect(rows.filter((r) => r.Section === 'Follow-through')[0]).toMatchObject({
      Retro: 'Sprint 11',
      Count: '1',
      Share: '1.00',
    });
    expect(rows.filter((r) => r.Section === 'Open action').map((r) => r.Text)).toEqual([
      'Publish the release calendar',
      'Ask Fred about the vendor roadmap',
    ]);
  });

  it('refuses an end date before the start date', () => {
    expect(
      refused(ws, 'reports.teamData', { teamId, from: '2026-05-20', to: '2026-05-01' }),
    ).toMatchObject({ code: 'invalid_input', field: 'to' });
  });
});

describe('anonymise', () => {
  it('leaves no participant, member or owner name in any format', () => {
    const texts = [
      JSON.stringify(sessionData(true)),
      JSON.stringify(teamData(true)),
      file('reports.sessionMarkdown', { sessionId, anonymise: true }).text,
      file('reports.sessionCsv', { sessionId, anonymise: true }).text,
      file('reports.teamMarkdown', { teamId, anonymise: true }).text,
      file('reports.teamCsv', { teamId, anonymise: true }).text,
    ];
    for (const text of texts) expectNoNames(text);
    expect(texts[2]).toContain(
      '| To improve | Nobody thanked Participant 3 for the cache experiment |',
    );
    expect(file('reports.sessionMarkdown', { sessionId, anonymise: true }).fileName).toBe(
      'threadline-sprint-12-the-big-one-2026-05-19-anonymised.md',
    );
  });

  it('uses the roster for team pseudonyms, consistently across the report', () => {
    const report = teamData(true);
    expect(report.open.map((o) => o.owner)).toEqual(['Member 3', 'Someone', 'Member 1']);
    expect(report.open[2]?.text).toBe('Demo the deploy fix to Member 2’s team');
  });

  it('matches whole words in any case and script, longest name first', () => {
    const names = pseudonyms(
      [
        { name: 'Ana María', pseudonym: 'P1' },
        { name: 'Ana', pseudonym: 'P2' },
        { name: 'Łukasz', pseudonym: 'P3' },
      ],
      ['The DBA'],
    );
    expect(names.text('ana maría met Ana, ŁUKASZ and Anabel; the dba agreed')).toBe(
      'P1 met P2, P3 and Anabel; Someone agreed',
    );
    expect(names.text('María’s idea')).toBe('P1’s idea');
    expect(names.person(' ANA ')).toBe('P2');
    expect(names.person('Bob')).toBe('Someone');
  });
});

describe('saving a PDF', () => {
  it('is refused outside the desktop app, pointing to the print dialog', async () => {
    const envelope = await ws.call('reports.savePdf', { kind: 'session', sessionId });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!envelope.ok && envelope.error.message).toMatch(/Save as PDF/);
  });

  it('asks the desktop app to print the report page, suggesting the report’s file name', async () => {
    const asked: [string, string][] = [];
    const host: DesktopHost = {
      async savePdf(route, suggestedName) {
        asked.push([route, suggestedName]);
        return { saved: true, file: `/tmp/${suggestedName}` };
      },
    };
    const desktop = createDispatcher(routeTo({ db: ws.db, info: ws.info, host }), () => {});
    const session = await desktop.call('reports.savePdf', {
      kind: 'session',
      sessionId,
      anonymise: true,
    });
    const team = await desktop.call('reports.savePdf', { kind: 'team', teamId, lastN: 5 });
    expect(asked).toEqual([
      [
        `/report/session/${sessionId}?anonymise=1`,
        'threadline-sprint-12-the-big-one-2026-05-19-anonymised.pdf',
      ],
      [`/report/team/${teamId}?last=5`, `threadline-checkout-squad-team-report-${localDate()}.pdf`],
    ]);
    expect(session).toEqual({
      ok: true,
      value: {
        saved: true,
        file: '/tmp/threadline-sprint-12-the-big-one-2026-05-19-anonymised.pdf',
      },
    });
    expect(team.ok).toBe(true);
  });
});
