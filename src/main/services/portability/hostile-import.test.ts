import { EXPORT_VERSION } from '@shared/portability';
import { describe, expect, it } from 'vitest';
import { ok, participantIds, refused } from '../../test/dispatch-helpers';
import {
  emptyTeams,
  fileWith,
  nestedLists,
  repeatedMembers,
  team,
  unknownFields,
  wrongVersion,
} from '../../test/hostile-files';
import { SOAK } from '../../test/soak';
import { tempWorkspaceForTest } from '../../test/temp-workspace';
import { checksum } from '../../test/workspace-state';
import type { Workspace } from '../../workspace';
import { MAX_IMPORT_DEPTH, MAX_IMPORT_VALUES } from './read-file';

const refusal = (detail: string) => `This file cannot be imported: ${detail} Nothing was imported.`;

describe('hostile import files', () => {
  it('refuses 4.5 MB of 1.5 million empty teams before parsing them', async () => {
    const ws = await tempWorkspaceForTest();
    const document = emptyTeams(1_500_000);
    expect(document.length).toBeGreaterThan(4_400_000);
    const before = checksum(ws.db);
    for (const method of ['data.previewImport', 'data.import'] as const) {
      expect(refused(ws, method, { document })).toEqual({
        code: 'invalid_input',
        field: 'document',
        message: refusal(
          `it holds more than ${MAX_IMPORT_VALUES.toLocaleString('en')} values, far more than a Threadline export of its size.`,
        ),
      });
    }
    expect(checksum(ws.db)).toBe(before);
  });

  it('stops at the first bad item instead of collecting a problem for every item', async () => {
    const ws = await tempWorkspaceForTest();
    // Under the value limit, so the schema sees every one of them.
    const error = refused(ws, 'data.previewImport', { document: emptyTeams(400_000) });
    // The whole message: it names one problem and counts no others, because none were collected.
    expect(error.message).toBe(refusal('teams[0].key: An id is required.'));
  });

  it('refuses 10 MB of nested lists by their depth, before parsing them', async () => {
    const ws = await tempWorkspaceForTest();
    const document = nestedLists(5_000_000);
    expect(document.length).toBeGreaterThan(10_000_000);
    expect(refused(ws, 'data.import', { document }).message).toBe(
      refusal(
        `it nests lists and objects more than ${MAX_IMPORT_DEPTH} levels deep, which no Threadline export does.`,
      ),
    );
    // Just inside the depth limit it parses, and the schema refuses the first wrong item.
    expect(
      refused(ws, 'data.import', { document: nestedLists(MAX_IMPORT_DEPTH - 1) }).message,
    ).toBe(refusal('teams[0]: Invalid input: expected object, received array'));
  });

  it('names a few of a million unknown fields, not all of them', async () => {
    const ws = await tempWorkspaceForTest();
    const error = refused(ws, 'data.import', { document: unknownFields(300_000) });
    expect(error.message).toBe(refusal('Unrecognized keys: "f0", "f1", "f2" and 299997 more.'));
  });

  it('refuses a team with a hundred thousand clashing members at the first clash', async () => {
    const ws = await tempWorkspaceForTest();
    const error = refused(ws, 'data.import', { document: repeatedMembers(100_000) });
    expect(error.message).toBe(refusal('teams[0].members[1]: This member key appears twice.'));
  });
});

describe('keys that are also names of built-in properties', () => {
  const keys = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];

  it('asks rename or skip for each clashing team, whatever its key', async () => {
    const ws = await tempWorkspaceForTest();
    const names = keys.map((key) => `Team ${key}`);
    for (const name of names) ok(ws, 'teams.create', { name });
    const document = fileWith(keys.map((key, i) => team(key, names[i] as string)));

    const preview = ok(ws, 'data.previewImport', { document });
    expect(preview.teams.map((t) => [t.key, t.conflict])).toEqual(keys.map((k) => [k, true]));

    const before = checksum(ws.db);
    for (const key of keys) {
      // Every other team has a choice; this one has none, so the import must ask.
      const resolutions = keys.filter((k) => k !== key).map((k) => ({ key: k, choice: 'skip' }));
      const error = refused(ws, 'data.import', { document, resolutions });
      expect(error, key).toMatchObject({ code: 'conflict', field: 'resolutions' });
      expect(error.message, key).toContain(`“Team ${key}”`);
    }
    expect(checksum(ws.db)).toBe(before);

    const report = ok(ws, 'data.import', {
      document,
      resolutions: keys.map((key, i) => ({ key, choice: i % 2 === 0 ? 'skip' : 'rename' })),
    });
    expect(report.skipped.map((s) => s.key)).toEqual(['toString', '__proto__', 'valueOf']);
    expect(report.renamed).toEqual([
      { from: 'Team constructor', to: 'Team constructor (imported)' },
      { from: 'Team hasOwnProperty', to: 'Team hasOwnProperty (imported)' },
    ]);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: the cases break the file's types on purpose.
type Doc = Record<string, any>;

/** An export with a member, participants, a grouped card, a vote, an action and its review. */
function goodExport(ws: Workspace): string {
  const team = ok(ws, 'teams.create', { name: 'Checkout squad', members: ['Ana'] });
  const first = ok(ws, 'sessions.create', { teamId: team.id, title: 'One', date: '2026-03-03' });
  const sessionId = first.id;
  ok(ws, 'participants.set', { sessionId, mode: 'named', names: ['Ana', 'Ben'] });
  const card = (text: string) =>
    ok(ws, 'cards.add', { sessionId, practiceId: 'model-humility', kind: 'went_well', text });
  const [a, b] = [card('One'), card('Two')];
  const group = ok(ws, 'groups.create', { sessionId, title: 'Pair', cardIds: [a.id, b.id] });
  ok(ws, 'votes.submit', {
    sessionId,
    participantId: participantIds(ws, sessionId)[0],
    allocations: [{ item: { kind: 'group', id: group.id }, dots: 2 }],
  });
  const action = ok(ws, 'actions.add', {
    sessionId,
    title: 'Act',
    owner: 'Ana',
    dueDate: null,
    practiceId: 'model-humility',
    circle: 'control',
    item: { kind: 'group', id: group.id },
  });
  ok(ws, 'sessions.close', { sessionId });
  const second = ok(ws, 'sessions.create', { teamId: team.id, title: 'Two', date: '2026-03-17' });
  ok(ws, 'review.mark', {
    sessionId: second.id,
    kind: 'action',
    id: action.id,
    status: 'done',
    note: '',
  });
  return ok(ws, 'data.exportWorkspace', {}).document;
}

const edited = (text: string, change: (doc: Doc) => void) => {
  const doc = JSON.parse(text);
  change(doc);
  return JSON.stringify(doc);
};

describe('the hostile-import suite', () => {
  it('refuses every hostile file quickly and writes nothing', { timeout: 120_000 }, async () => {
    const ws = await tempWorkspaceForTest();
    const good = goodExport(ws);
    const session = (doc: Doc) => doc.teams[0].sessions[0];
    const cases: [string, string, RegExp][] = [
      ['1.5 million empty teams (4.5 MB)', emptyTeams(1_500_000), /more than 2,000,000 values/],
      ['5 million nested lists (10 MB)', nestedLists(5_000_000), /levels deep/],
      ['300,000 unknown fields', unknownFields(300_000), /Unrecognized keys/],
      ['100,000 clashing members', repeatedMembers(100_000), /appears twice/],
      [
        'a newer version',
        wrongVersion(EXPORT_VERSION + 1),
        new RegExp(`export version ${EXPORT_VERSION + 1}, .*Update Threadline`),
      ],
      ['version 0', wrongVersion(0), /export version 0, which this version/],
      ['version as text', wrongVersion('1'), /does not say which export version/],
      ['no version', wrongVersion(null), /does not say which export version/],
      [
        'a card in a missing group',
        edited(good, (d) => {
          session(d).cards[0].groupKey = 'ghost';
        }),
        /cards\[0\]\.groupKey: It refers to the group “ghost”/,
      ],
      [
        'a vote by a stranger',
        edited(good, (d) => {
          session(d).votes[0].participantKey = '__proto__';
        }),
        /votes\[0\]\.participantKey: It refers to participant “__proto__”/,
      ],
      [
        'a review of a missing action',
        edited(good, (d) => {
          d.teams[0].sessions[1].reviews[0].actionKey = 'constructor';
        }),
        /reviews\[0\]\.actionKey: It refers to the team’s action “constructor”/,
      ],
      [
        'a participant of a missing member',
        edited(good, (d) => {
          session(d).participants[0].memberKey = 'toString';
        }),
        /participants\[0\]\.memberKey: It refers to the member “toString”/,
      ],
      [
        'an action from a missing card',
        edited(good, (d) => {
          session(d).actions[0].groupKey = null;
          session(d).actions[0].cardKey = 'hasOwnProperty';
        }),
        /actions\[0\]\.cardKey: It refers to the card “hasOwnProperty”/,
      ],
    ];
    if (SOAK) {
      cases.push(['6.5 million empty objects (19.5 MB)', emptyTeams(6_500_000), /values/]);
      cases.push(['9.9 million nested lists (19.8 MB)', nestedLists(9_900_000), /levels deep/]);
    }
    const before = checksum(ws.db);
    for (const [name, document, message] of cases) {
      const started = performance.now();
      const error = refused(ws, 'data.import', { document });
      const ms = Math.round(performance.now() - started);
      console.log(`hostile import: ${name}: refused in ${ms} ms`);
      expect(error.code, name).toBe('invalid_input');
      expect(error.message, name).toMatch(message);
    }
    expect(checksum(ws.db)).toBe(before);
  });
});
