import { describe, expect, it } from 'vitest';
import { ok, refused } from '../../test/dispatch-helpers';
import {
  emptyTeams,
  fileWith,
  nestedLists,
  repeatedMembers,
  team,
  unknownFields,
} from '../../test/hostile-files';
import { tempWorkspaceForTest } from '../../test/temp-workspace';
import { checksum } from '../../test/workspace-state';
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
