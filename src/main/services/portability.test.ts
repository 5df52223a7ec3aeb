import { EXPORT_VERSION, MAX_IMPORT_BYTES } from '@shared/portability';
import { PRACTICE_IDS } from '@shared/practices';
import type { ItemRef } from '@shared/sessions';
import { describe, expect, it } from 'vitest';
import { count, ok, refused } from '../test/dispatch-helpers';
import { withoutIds } from '../test/export-shape';
import { tempWorkspaceForTest } from '../test/temp-workspace';
import { checksum, rowCounts, tableNames } from '../test/workspace-state';
import type { Workspace } from '../workspace';

const SCRIPT = '<script>alert("hi")</script><img src=x onerror=alert(1)> & “quotes”';
const allFour = (score: number) => Object.fromEntries(PRACTICE_IDS.map((id) => [id, score]));

/** A workspace using every kind of stored row: the sample team plus a hand-made history. */
function seed(ws: Workspace) {
  ok(ws, 'sample.load', {});
  const team = ok(ws, 'teams.create', {
    name: 'Checkout squad',
    members: ['Ana', 'Ben', 'Chioma'],
  });
  const teamId = team.id;
  const template = ok(ws, 'templates.get', { teamId });
  ok(ws, 'templates.update', { ...template, dotsPerParticipant: 4, hideCardsUntilReveal: false });

  const first = ok(ws, 'sessions.create', { teamId, title: 'Sprint 12 retro', date: '2026-03-03' });
  const sessionId = first.id;
  ok(ws, 'participants.set', { sessionId, mode: 'named', names: ['Ana', 'Ben', 'Dana'] });
  const people = ok(ws, 'sessions.get', { sessionId }).participants.map((p) => p.id);
  const [ana, ben, dana] = people as [string, string, string];
  ok(ws, 'participants.checkIn', { sessionId, participantId: ana, word: 'curious' });
  ok(ws, 'pulse.submit', { sessionId, participantId: ana, ratings: allFour(4) });
  ok(ws, 'pulse.submit', { sessionId, participantId: ben, ratings: allFour(2) });
  ok(ws, 'pulse.setTally', { sessionId, practiceId: 'model-humility', counts: [0, 0, 1, 0, 0] });
  ok(ws, 'pulse.reveal', { sessionId, revealed: true });
  const card = (text: string, practiceId = 'share-information', kind = 'went_well') =>
    ok(ws, 'cards.add', { sessionId, practiceId, kind, text });
  const c1 = card('Release notes came back');
  const c2 = card('Pipeline walkthrough recorded');
  const c3 = card(SCRIPT, 'model-humility', 'to_improve');
  const c4 = card('Nobody owns the flaky test', 'influence-not-control', 'to_improve');
  ok(ws, 'cards.revealAll', { sessionId });
  const group = ok(ws, 'groups.create', {
    sessionId,
    title: 'Knowledge sharing',
    cardIds: [c1.id, c2.id],
  });
  const groupRef: ItemRef = { kind: 'group', id: group.id };
  ok(ws, 'votes.submit', {
    sessionId,
    participantId: ana,
    allocations: [
      { item: groupRef, dots: 3 },
      { item: { kind: 'card', id: c3.id }, dots: 1 },
    ],
  });
  ok(ws, 'votes.setTally', { sessionId, item: { kind: 'card', id: c4.id }, dots: 2 });
  ok(ws, 'votes.reveal', { sessionId, revealed: true });
  ok(ws, 'items.setCircle', { sessionId, item: groupRef, circle: 'influence' });
  ok(ws, 'items.setCircle', { sessionId, item: { kind: 'card', id: c4.id }, circle: 'concern' });
  ok(ws, 'kudos.add', { sessionId, act: 'Ben rewrote the runbook', who: 'Ben', outcome: 'partly' });
  const action = ok(ws, 'actions.add', {
    sessionId,
    title: 'Rotate the release-notes writer',
    owner: 'Ana',
    dueDate: '2026-03-17',
    practiceId: 'share-information',
    circle: 'influence',
    item: groupRef,
  });
  const commitment = ok(ws, 'commitments.add', {
    sessionId,
    participantId: dana,
    person: 'Dana',
    text: 'Pair on the pipeline once a week',
  });
  ok(ws, 'roti.submit', { sessionId, participantId: ana, score: 5 });
  ok(ws, 'roti.setTally', { sessionId, counts: [0, 0, 1, 1, 0] });
  ok(ws, 'sessions.update', { sessionId, notes: 'Dana joined as a guest.', summary: 'Good one.' });
  ok(ws, 'sessions.close', { sessionId });

  const second = ok(ws, 'sessions.create', {
    teamId,
    title: 'Sprint 13 retro',
    date: '2026-03-17',
  });
  ok(ws, 'participants.set', { sessionId: second.id, mode: 'anonymous', count: 4 });
  const review = { sessionId: second.id, note: 'Done twice already' };
  ok(ws, 'review.mark', { ...review, kind: 'action', id: action.id, status: 'done' });
  ok(ws, 'review.mark', {
    ...review,
    kind: 'commitment',
    id: commitment.id,
    status: 'in_progress',
  });
  ok(ws, 'timer.start', { sessionId: second.id });

  const old = ok(ws, 'teams.create', { name: 'Old team', members: ['Zoe'] });
  ok(ws, 'sessions.create', { teamId: old.id, title: 'Last retro', date: '2025-12-01' });
  ok(ws, 'teams.setArchived', { teamId: old.id, archived: true });
  return { teamId, sessionId };
}

const exported = (ws: Workspace) => ok(ws, 'data.exportWorkspace', { includeNotes: true }).document;

describe('export and import round trip', () => {
  it('moves a whole workspace into an empty one with every row and aggregate equal', async () => {
    const source = await tempWorkspaceForTest();
    seed(source);
    const file = ok(source, 'data.exportWorkspace', { includeNotes: true });
    expect(file.fileName).toMatch(/^threadline-workspace-\d{4}-\d{2}-\d{2}\.json$/);

    const target = await tempWorkspaceForTest();
    const report = ok(target, 'data.import', { document: file.document, resolutions: [] });

    expect(rowCounts(target.db)).toEqual(rowCounts(source.db));
    expect(withoutIds(exported(target))).toEqual(withoutIds(file.document));
    const overview = (ws: Workspace) =>
      ok(ws, 'dashboard.overview', { includeArchived: true }).map(({ teamId, ...row }) => row);
    expect(overview(target)).toEqual(overview(source));
    const counts = rowCounts(source.db);
    expect(report).toEqual({
      added: {
        teams: counts.teams,
        members: counts.team_members,
        templates: counts.team_templates,
        sessions: counts.sessions,
        participants: counts.participants,
        pulseRatings: counts.pulse_ratings,
        groups: counts.card_groups,
        cards: counts.cards,
        votes: counts.votes,
        kudos: counts.kudos,
        actions: counts.actions,
        commitments: counts.commitments,
        reviews: counts.reviews,
        rotiRatings: counts.roti_ratings,
      },
      skipped: [],
      renamed: [],
    });
    const texts = target.db.prepare('SELECT text FROM cards').pluck().all();
    expect(texts).toContain(SCRIPT);
  });

  it('exports one team on its own, and refuses a team that does not exist', async () => {
    const ws = await tempWorkspaceForTest();
    const { teamId } = seed(ws);
    const file = ok(ws, 'data.exportTeam', { teamId });
    expect(file.fileName).toMatch(/^threadline-checkout-squad-\d{4}-\d{2}-\d{2}\.json$/);
    const document = JSON.parse(file.document);
    expect(document).toMatchObject({ format: 'threadline-export', version: EXPORT_VERSION });
    expect(document.teams.map((team: { name: string }) => team.name)).toEqual(['Checkout squad']);
    expect(refused(ws, 'data.exportTeam', { teamId: 'nope' }).code).toBe('not_found');
  });

  it('covers every stored column: a new column fails here until the export carries it', async () => {
    const ws = await tempWorkspaceForTest();
    const columns = Object.fromEntries(
      tableNames(ws.db).map((table) => [
        table,
        (ws.db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name).sort(),
      ]),
    );
    // Derived on import (ids, name keys, the owning team, the rating totals), or not data:
    // schema_migrations, and shared_screen (what this computer's shared screen shows).
    expect(columns).toEqual({
      actions: [
        'card_id',
        'circle',
        'created_at',
        'due_date',
        'group_id',
        'id',
        'owner',
        'practice_id',
        'session_id',
        'status',
        'team_id',
        'title',
      ],
      card_groups: ['circle', 'created_at', 'id', 'session_id', 'title'],
      cards: [
        'circle',
        'created_at',
        'group_id',
        'hidden',
        'id',
        'kind',
        'practice_id',
        'session_id',
        'text',
      ],
      commitments: [
        'created_at',
        'id',
        'participant_id',
        'person',
        'session_id',
        'status',
        'team_id',
        'text',
      ],
      check_in_words: ['id', 'session_id', 'word'],
      kudos: ['act', 'created_at', 'id', 'outcome', 'session_id', 'who'],
      participants: ['check_in', 'id', 'label', 'member_id', 'position', 'session_id', 'via'],
      pulse_ratings: ['entry', 'id', 'practice_id', 'score', 'session_id'],
      pulse_totals: ['d1', 'd2', 'd3', 'd4', 'd5', 'practice_id', 'session_id'],
      reviews: ['action_id', 'commitment_id', 'id', 'note', 'reviewed_at', 'session_id', 'status'],
      roti_ratings: ['entry', 'id', 'score', 'session_id'],
      roti_totals: ['d1', 'd2', 'd3', 'd4', 'd5', 'session_id'],
      schema_migrations: ['applied_at', 'id', 'name'],
      submissions: ['participant_id', 'round', 'session_id'],
      shared_screen: ['id', 'page', 'page_stage', 'session_id', 'shows', 'slide_id', 'team_id'],
      sessions: [
        'auto_start_timer',
        'closed_at',
        'created_at',
        'current_stage',
        'date',
        'dots_per_participant',
        'hide_cards_until_reveal',
        'id',
        'notes',
        'participant_mode',
        'pulse_revealed',
        'roti_revealed',
        'stages_json',
        'status',
        'summary',
        'team_id',
        'timer_duration_ms',
        'timer_elapsed_ms',
        'timer_stage',
        'timer_started_at',
        'title',
        'votes_revealed',
      ],
      team_members: ['id', 'name', 'name_key', 'position', 'team_id'],
      team_templates: [
        'auto_start_timer',
        'dots_per_participant',
        'hide_cards_until_reveal',
        'prompts_json',
        'stages_json',
        'team_id',
      ],
      teams: ['archived_at', 'created_at', 'id', 'is_sample', 'name', 'name_key'],
      votes: ['card_id', 'dots', 'entry', 'group_id', 'id', 'session_id'],
    });
  });
});

describe('name conflicts', () => {
  it('previews what a file adds and which names clash, writing nothing', async () => {
    const ws = await tempWorkspaceForTest();
    seed(ws);
    const document = exported(ws);
    const before = checksum(ws.db);

    const preview = ok(ws, 'data.previewImport', { document });

    expect(
      preview.teams.map(({ name, conflict, renameTo, archived }) => ({
        name,
        conflict,
        renameTo,
        archived,
      })),
    ).toEqual([
      {
        name: 'Sample team: Northwind Platform',
        conflict: true,
        renameTo: 'Sample team: Northwind Platform (imported)',
        archived: false,
      },
      {
        name: 'Checkout squad',
        conflict: true,
        renameTo: 'Checkout squad (imported)',
        archived: false,
      },
      { name: 'Old team', conflict: false, renameTo: null, archived: true },
    ]);
    expect(preview.counts.sessions).toBe(rowCounts(ws.db).sessions);
    expect(checksum(ws.db)).toBe(before);
  });

  it('asks for a choice per clashing team before writing anything', async () => {
    const ws = await tempWorkspaceForTest();
    seed(ws);
    const document = exported(ws);
    const before = checksum(ws.db);
    const keys = ok(ws, 'data.previewImport', { document }).teams.map((team) => team.key);

    const error = refused(ws, 'data.import', {
      document,
      resolutions: [{ key: keys[0] ?? '', choice: 'skip' }],
    });

    expect(error).toMatchObject({ code: 'conflict', field: 'resolutions' });
    expect(error.message).toContain('“Checkout squad”');
    expect(checksum(ws.db)).toBe(before);
  });

  it('renames or skips as chosen, with fresh ids so the same file imports twice', async () => {
    const ws = await tempWorkspaceForTest();
    seed(ws);
    const document = exported(ws);
    const [sample, checkout, old] = ok(ws, 'data.previewImport', { document }).teams;
    const sessionsBefore = rowCounts(ws.db).sessions ?? 0;

    const first = ok(ws, 'data.import', {
      document,
      resolutions: [
        { key: sample?.key ?? '', choice: 'skip' },
        { key: checkout?.key ?? '', choice: 'rename' },
      ],
    });
    expect(first.skipped).toEqual([{ key: sample?.key, name: 'Sample team: Northwind Platform' }]);
    expect(first.renamed).toEqual([{ from: 'Checkout squad', to: 'Checkout squad (imported)' }]);
    expect(first.added.teams).toBe(2);
    expect(first.added.sessions).toBe((checkout?.sessions ?? 0) + (old?.sessions ?? 0));

    const second = ok(ws, 'data.import', {
      document,
      resolutions: [
        { key: sample?.key ?? '', choice: 'rename' },
        { key: checkout?.key ?? '', choice: 'rename' },
      ],
    });
    expect(second.renamed.map((r) => r.to)).toEqual([
      'Sample team: Northwind Platform (imported)',
      'Checkout squad (imported 2)',
    ]);
    expect(rowCounts(ws.db).sessions).toBe(
      sessionsBefore * 2 + (checkout?.sessions ?? 0) + (old?.sessions ?? 0),
    );
    // There is one sample team at most; the imported copy is an ordinary team.
    expect(count(ws, 'teams', 'is_sample = 1')).toBe(1);
    const names = ok(ws, 'teams.list', { includeArchived: true }).map((t) => t.name);
    expect(names.filter((name) => name === 'Old team')).toHaveLength(3);
  });

  it('keeps a renamed long name within the team name limit', async () => {
    const ws = await tempWorkspaceForTest();
    const long = 'L'.repeat(80);
    ok(ws, 'teams.create', { name: long });
    const document = exported(ws);
    const key = ok(ws, 'data.previewImport', { document }).teams[0]?.key ?? '';
    const report = ok(ws, 'data.import', { document, resolutions: [{ key, choice: 'rename' }] });
    expect(report.renamed[0]?.to).toBe(`${'L'.repeat(69)} (imported)`);
  });
});

describe('files that are refused', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the cases break the file's types on purpose.
  type Doc = Record<string, any>;
  async function setup() {
    const ws = await tempWorkspaceForTest();
    seed(ws);
    const text = exported(ws);
    const teams = JSON.parse(text).teams as Doc[];
    const at = {
      team: teams.findIndex((team) => team.name === 'Checkout squad'),
      session: 0,
    };
    return { ws, text, at };
  }
  const edit = (text: string, change: (doc: Doc) => void) => {
    const doc = JSON.parse(text);
    change(doc);
    return JSON.stringify(doc);
  };

  it('refuses each malformed, truncated, oversized or hostile file, and the database is unchanged', async () => {
    const { ws, text, at } = await setup();
    const session = (doc: Doc) => doc.teams[at.team].sessions[at.session];
    const where = `teams[${at.team}].sessions[${at.session}]`;
    const cases: [string, string, RegExp][] = [
      ['truncated', text.slice(0, Math.floor(text.length / 2)), /not valid JSON.*cut off/],
      ['empty', '', /not valid JSON/],
      ['an array', '[]', /not a Threadline export/],
      [
        'another format',
        edit(text, (d) => {
          d.format = 'other-app';
        }),
        /not a Threadline export/,
      ],
      [
        'a newer version',
        edit(text, (d) => {
          d.version = EXPORT_VERSION + 1;
        }),
        new RegExp(`export version ${EXPORT_VERSION + 1}, .*Update Threadline`),
      ],
      [
        'a version as text',
        edit(text, (d) => {
          d.version = '1';
        }),
        /does not say which export version/,
      ],
      [
        'a wrong type',
        edit(text, (d) => {
          session(d).pulseRatings[0].score = '5';
        }),
        new RegExp(`${literal(where)}\\.pulseRatings\\[0\\]\\.score: A rating must be a number`),
      ],
      [
        'a score out of range',
        edit(text, (d) => {
          session(d).rotiRatings[0].score = 9;
        }),
        /rotiRatings\[0\]\.score: Ratings go from 1 to 5/,
      ],
      [
        'a huge card',
        edit(text, (d) => {
          session(d).cards[0].text = 'x'.repeat(501);
        }),
        new RegExp(`${literal(where)}\\.cards\\[0\\]\\.text: A card can be at most 500 characters`),
      ],
      [
        'a huge team name',
        edit(text, (d) => {
          d.teams[at.team].name = 'n'.repeat(81);
        }),
        /name: Team names can be at most 80 characters/,
      ],
      [
        'huge notes',
        edit(text, (d) => {
          session(d).notes = 'n'.repeat(5001);
        }),
        /notes: Notes can be at most 5000 characters/,
      ],
      [
        'notes in a file that says it left them out',
        edit(text, (d) => {
          d.facilitatorNotes = 'left-out';
        }),
        /sessions\[0\]\.notes: The file says facilitator notes were left out/,
      ],
      [
        'a missing field',
        edit(text, (d) => {
          delete session(d).cards[0].kind;
        }),
        /cards\[0\]\.kind: Choose “went well” or “to improve”/,
      ],
      [
        'an unknown field',
        edit(text, (d) => {
          session(d).cards[0].html = '<b>x</b>';
        }),
        /cards\[0\]: Unrecognized key: "html"/,
      ],
      [
        'a __proto__ key',
        text.replace('"format"', '"__proto__": {"polluted": true}, "format"'),
        /Unrecognized key: "__proto__"/,
      ],
      [
        'no teams',
        edit(text, (d) => {
          delete d.teams;
        }),
        /teams: The file lists no teams/,
      ],
      [
        'a dangling group',
        edit(text, (d) => {
          session(d).cards[0].groupKey = 'ghost';
        }),
        new RegExp(`${literal(where)}\\.cards\\[0\\]\\.groupKey: It refers to the group “ghost”`),
      ],
      [
        'a vote for a missing card',
        edit(text, (d) => {
          const vote = session(d).votes.find((v: Doc) => v.cardKey);
          vote.cardKey = 'ghost';
        }),
        /votes\[\d\]\.cardKey: It refers to the card “ghost”/,
      ],
      [
        'a vote for two things',
        edit(text, (d) => {
          const vote = session(d).votes.find((v: Doc) => v.cardKey);
          vote.groupKey = session(d).groups[0].key;
        }),
        /votes\[\d\]: Give exactly one cardKey or groupKey/,
      ],
      [
        'a review of nothing',
        edit(text, (d) => {
          d.teams[at.team].sessions[1].reviews[0].actionKey = 'ghost';
        }),
        /reviews\[0\]\.actionKey: It refers to the team’s action “ghost”/,
      ],
      [
        'a participant of another team',
        edit(text, (d) => {
          session(d).participants[0].memberKey = d.teams[0].members[0].key;
        }),
        /participants\[0\]\.memberKey: It refers to the member/,
      ],
      [
        'a rating by a stranger',
        edit(text, (d) => {
          session(d).pulseRatings[0].participantKey = 'ghost';
        }),
        /pulseRatings\[0\]\.participantKey: It refers to participant “ghost”/,
      ],
      [
        'more ratings than people',
        edit(text, (d) => {
          session(d).rotiRatings.push(...Array(5).fill({ score: 3, participantKey: null }));
        }),
        /more ROTI ratings than the 3 participants/,
      ],
      [
        'more dots than allowed',
        edit(text, (d) => {
          session(d).votes[0].dots = 999;
        }),
        /more dots than 3 participants × 4 allow/,
      ],
      [
        'a duplicated team',
        edit(text, (d) => {
          d.teams.push({ ...d.teams[at.team], archivedAt: '2026-01-01T00:00:00.000Z' });
        }),
        /This team key appears twice/,
      ],
      [
        'a bad date',
        edit(text, (d) => {
          session(d).date = '2026-02-30';
        }),
        /date: That date does not exist/,
      ],
      [
        'an unknown stage',
        edit(text, (d) => {
          session(d).currentStage = 'party';
        }),
        /currentStage: That stage does not exist/,
      ],
      [
        'multi-byte text over the limit',
        text + 'é'.repeat(MAX_IMPORT_BYTES / 2),
        /larger than 20 MB/,
      ],
    ];
    const before = checksum(ws.db);
    for (const [name, document, message] of cases) {
      for (const method of ['data.previewImport', 'data.import'] as const) {
        const error = refused(ws, method, { document, resolutions: [] });
        expect(error.code, `${name} (${method})`).toBe('invalid_input');
        expect(error.field, name).toBe('document');
        expect(error.message, name).toMatch(message);
        expect(error.message, name).toMatch(/Nothing was imported\.$/);
      }
    }
    expect(checksum(ws.db)).toBe(before);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { ws, text } = await setup();
    const before = checksum(ws.db);
    const error = refused(ws, 'data.import', { document: text + ' '.repeat(MAX_IMPORT_BYTES) });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'document' });
    expect(error.message).toMatch(/larger than 20 MB/);
    expect(checksum(ws.db)).toBe(before);
  });

  it('cleans characters that are not text by the rule typed text follows', async () => {
    const { text, at } = await setup();
    const target = await tempWorkspaceForTest();
    const document = edit(text, (d) => {
      const session = d.teams[at.team].sessions[at.session];
      session.cards[0].text = 'ding\u0007 dong\n\tnext line';
      d.teams[at.team].members[0].name = 'A\u0000na\tB';
      session.summary = 'half \ud800 a pair, a whole 🎉 one';
    });
    const report = ok(target, 'data.import', { document, resolutions: [] });
    expect(report.added.teams).toBeGreaterThan(0);
    expect(count(target, 'cards', 'text = ?', 'ding dong\n\tnext line')).toBe(1);
    expect(count(target, 'team_members', 'name = ?', 'Ana B')).toBe(1);
    expect(count(target, 'sessions', 'summary = ?', 'half  a pair, a whole 🎉 one')).toBe(1);
  });

  it('keeps markup as plain text, exactly as written', async () => {
    const { text, at } = await setup();
    const target = await tempWorkspaceForTest();
    const document = edit(text, (d) => {
      d.teams[at.team].name = '<b onmouseover="x()">Team</b>';
    });
    ok(target, 'data.import', { document, resolutions: [] });
    const names = target.db.prepare('SELECT name FROM teams').pluck().all();
    expect(names).toContain('<b onmouseover="x()">Team</b>');
    expect(count(target, 'cards', 'text = ?', SCRIPT)).toBe(1);
  });
});

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('facilitator notes in an export', () => {
  const notesOf = (ws: Workspace) =>
    ws.db.prepare("SELECT notes FROM sessions WHERE notes <> '' ORDER BY rowid").pluck().all();

  it('are left out unless asked for, and the file and its preview say so', async () => {
    const source = await tempWorkspaceForTest();
    const { teamId } = seed(source);
    const text = ok(source, 'data.exportTeam', { teamId }).document;
    const document = JSON.parse(text);
    expect(document.facilitatorNotes).toBe('left-out');
    expect(text).not.toContain('Dana joined as a guest.');
    expect(document.teams[0].sessions.some((s: object) => 'notes' in s)).toBe(false);

    const target = await tempWorkspaceForTest();
    const preview = ok(target, 'data.previewImport', { document: text });
    expect(preview).toMatchObject({ facilitatorNotes: 'left-out', retrosWithNotes: 0 });
    ok(target, 'data.import', { document: text, resolutions: [] });
    expect(notesOf(target)).toEqual([]);
    // Everything else arrives: the summary is for the team, not private.
    expect(
      target.db.prepare("SELECT summary FROM sessions WHERE summary = 'Good one.'").all(),
    ).toHaveLength(1);
  });

  it('travel when asked for, counted in the preview and kept on import', async () => {
    const source = await tempWorkspaceForTest();
    seed(source);
    const text = ok(source, 'data.exportWorkspace', { includeNotes: true }).document;
    expect(JSON.parse(text).facilitatorNotes).toBe('included');

    const target = await tempWorkspaceForTest();
    const preview = ok(target, 'data.previewImport', { document: text });
    expect(preview).toMatchObject({ facilitatorNotes: 'included', retrosWithNotes: 1 });
    ok(target, 'data.import', { document: text, resolutions: [] });
    expect(notesOf(target)).toEqual(['Dana joined as a guest.']);
  });

  it('arrive from a version 1 file, which always carried them and knew no ROTI reveal', async () => {
    const source = await tempWorkspaceForTest();
    seed(source);
    const current = JSON.parse(exported(source));
    delete current.facilitatorNotes;
    current.version = 1;
    for (const team of current.teams) {
      for (const session of team.sessions) delete session.rotiRevealed;
    }
    const document = JSON.stringify(current);

    const target = await tempWorkspaceForTest();
    const preview = ok(target, 'data.previewImport', { document });
    expect(preview).toMatchObject({ facilitatorNotes: 'included', retrosWithNotes: 1 });
    ok(target, 'data.import', { document, resolutions: [] });
    expect(notesOf(target)).toEqual(['Dana joined as a guest.']);
    expect(count(target, 'sessions', 'roti_revealed = 1')).toBe(0);
  });
});

describe('ratings, dots and ROTI answers in an export', () => {
  interface Value {
    score?: number;
    participantKey: string | null;
    entry?: string;
  }
  interface FileSession {
    title: string;
    participants: { key: string; label: string }[];
    pulseRatings: Value[];
    votes: Value[];
    rotiRatings: Value[];
    submitted?: { round: string; participantKey: string }[];
  }
  const sprint12 = (document: { teams: { sessions: FileSession[] }[] }) =>
    document.teams.flatMap((t) => t.sessions).find((s) => s.title === 'Sprint 12 retro');
  const submissionsOf = (ws: Workspace) =>
    ws.db
      .prepare(
        `SELECT s.round, p.label FROM submissions s JOIN participants p ON p.id = s.participant_id
         JOIN sessions x ON x.id = s.session_id WHERE x.title = 'Sprint 12 retro'
         ORDER BY s.round, p.label`,
      )
      .all();

  it('name nobody in a version 2 file: each says how it was entered, who entered is listed apart', async () => {
    const source = await tempWorkspaceForTest();
    seed(source);
    const document = JSON.parse(exported(source));
    expect(document).toMatchObject({ version: 2, facilitatorNotes: 'included' });
    const session = sprint12(document) as FileSession;
    for (const value of [...session.pulseRatings, ...session.votes, ...session.rotiRatings]) {
      expect(value.participantKey).toBeNull();
      expect(['tally', 'private']).toContain(value.entry);
    }
    const label = new Map(session.participants.map((p) => [p.key, p.label]));
    expect(session.submitted?.map((s) => `${s.round} ${label.get(s.participantKey)}`)).toEqual([
      'pulse Ana',
      'pulse Ben',
      'roti Ana',
      'votes Ana',
    ]);
  });

  it('arrive from a version 1 file without their links, which become the list of who entered', async () => {
    const source = await tempWorkspaceForTest();
    seed(source);
    const document = JSON.parse(exported(source));
    document.version = 1;
    delete document.facilitatorNotes;
    const session = sprint12(document) as FileSession;
    const key = (name: string) => session.participants.find((p) => p.label === name)?.key ?? null;
    // Version 1 linked each private value to its person: Ana rated 4s, Ben 2s; Ana voted and
    // gave the private ROTI answer.
    const link = (value: Value, person: string | null) => {
      value.participantKey = value.entry === 'private' ? key(person ?? '') : null;
      delete value.entry;
    };
    for (const rating of session.pulseRatings) link(rating, rating.score === 4 ? 'Ana' : 'Ben');
    for (const vote of session.votes) link(vote, 'Ana');
    for (const rating of session.rotiRatings) link(rating, 'Ana');
    delete session.submitted;

    const target = await tempWorkspaceForTest();
    ok(target, 'data.import', { document: JSON.stringify(document), resolutions: [] });
    expect(submissionsOf(target)).toEqual(submissionsOf(source));
    expect(valuesOf(target)).toEqual(valuesOf(source));
  });
});

/** Every rating, dot and ROTI answer of the workspace with how it was entered, in one order. */
function valuesOf(ws: Workspace) {
  return {
    pulse: ws.db
      .prepare('SELECT practice_id, score, entry FROM pulse_ratings ORDER BY 1, 2, 3')
      .all(),
    votes: ws.db.prepare('SELECT dots, entry FROM votes ORDER BY 1, 2').all(),
    roti: ws.db.prepare('SELECT score, entry FROM roti_ratings ORDER BY 1, 2').all(),
  };
}
