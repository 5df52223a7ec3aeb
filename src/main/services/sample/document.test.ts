import { SAMPLE_TEAM_NAME } from '@shared/dashboard';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ok } from '../../test/dispatch-helpers';
import { tempWorkspaceForTest } from '../../test/temp-workspace';
import { allRows } from '../../test/workspace-state';
import { localDate } from '../ids';
import { readExportFile } from '../portability/read-file';
import { sampleDocument } from './document';

/** Every stored row, with each id replaced by the order it first appears in. */
function rowsWithoutIds(db: Database): unknown {
  const { schema_migrations: _applied, ...tables } = allRows(db);
  const ids = new Map<string, string>();
  const text = JSON.stringify(tables).replace(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
    (id) => {
      if (!ids.has(id)) ids.set(id, `id ${ids.size + 1}`);
      return ids.get(id) as string;
    },
  );
  expect(ids.size).toBeGreaterThan(100);
  return JSON.parse(text);
}

/** The document with every key (`key`, `memberKey`, …) replaced by the order it first appears in. */
function keysNumbered(document: unknown): unknown {
  const keys = new Map<string, string>();
  return JSON.parse(JSON.stringify(document), (name, value) => {
    if ((name === 'key' || name.endsWith('Key')) && typeof value === 'string') {
      if (!keys.has(value)) keys.set(value, `key ${keys.size + 1}`);
      return keys.get(value);
    }
    return value;
  });
}

describe('the sample team document', () => {
  it('passes the checks of a file a user imports, unchanged', () => {
    const document = sampleDocument('2026-05-19');
    expect(document.teams.map((team) => [team.name, team.isSample])).toEqual([
      [SAMPLE_TEAM_NAME, true],
    ]);
    expect(readExportFile(JSON.stringify(document))).toEqual(document);
  });

  it('is the same document every time on the same day', () => {
    expect(JSON.stringify(sampleDocument('2026-05-19'))).toBe(
      JSON.stringify(sampleDocument('2026-05-19')),
    );
  });

  it('dates its history back from the day it is loaded, the latest retro a few days before', () => {
    const dates = (today: string) =>
      sampleDocument(today).teams[0]?.sessions.map((session) => session.date);
    expect(dates('2026-05-19')?.at(-1)).toBe('2026-05-14');
    expect(dates('2026-05-19')?.[0]).toBe('2025-11-27');
    expect(dates('2027-01-10')?.at(-1)).toBe('2027-01-05');
  });

  it('loads as exactly what it holds: exporting the loaded team gives the same document', async () => {
    const ws = await tempWorkspaceForTest();
    const team = ok(ws, 'sample.load', {});
    const exported = JSON.parse(ok(ws, 'data.exportTeam', { teamId: team.id }).document);
    expect(keysNumbered(exported.teams)).toEqual(keysNumbered(sampleDocument(localDate()).teams));
  });

  it('exported from one workspace and imported into another, gives identical rows', async () => {
    const loaded = await tempWorkspaceForTest();
    const team = ok(loaded, 'sample.load', {});
    const file = ok(loaded, 'data.exportTeam', { teamId: team.id });

    const imported = await tempWorkspaceForTest();
    const report = ok(imported, 'data.import', { document: file.document });
    expect(report.added.sessions).toBe(ok(loaded, 'sessions.list', { teamId: team.id }).length);

    expect(rowsWithoutIds(imported.db)).toEqual(rowsWithoutIds(loaded.db));
    const [copy] = ok(imported, 'teams.list', {});
    expect(copy).toMatchObject({ name: SAMPLE_TEAM_NAME, isSample: true });
  });
});
