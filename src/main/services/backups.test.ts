import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUPS_KEPT } from '@shared/backups';
import type { AppEvent } from '@shared/contract-changes';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BACKUP_DIR_NAME, backupDatabase } from '../db/backup';
import { MIGRATIONS } from '../db/migrations';
import { openDatabase } from '../db/open';
import { ok, refused } from '../test/dispatch-helpers';
import { tempDir, tempWorkspaceForTest } from '../test/temp-workspace';
import { checksum, done, refusedLater } from '../test/workspace-state';
import { openWorkspace, type Workspace } from '../workspace';

function folder() {
  const dir = tempDir();
  onTestFinished(dir.remove);
  return dir.path;
}

const noon = (day: number) => new Date(Date.UTC(2026, 2, day, 12));
const backupFiles = (dataDir: string) => readdirSync(join(dataDir, BACKUP_DIR_NAME)).sort();
const teamNames = (ws: Workspace) =>
  ok(ws, 'teams.list', { includeArchived: true }).map((team) => team.name);

function readBackup(dataDir: string, id: string) {
  const db = new BetterSqlite3(join(dataDir, BACKUP_DIR_NAME, id), { readonly: true });
  onTestFinished(() => {
    db.close();
  });
  return db;
}

describe('manual backups', () => {
  it('writes a self-contained copy through SQLite and lists it with its date, size and reason', async () => {
    const ws = await tempWorkspaceForTest();
    ok(ws, 'teams.create', { name: 'Checkout squad', members: ['Ana'] });
    const events: AppEvent[] = [];
    ws.subscribe((event) => events.push(event));

    const backup = await done(ws, 'backups.create', {});

    expect(backup).toMatchObject({ reason: 'manual' });
    expect(backup.id).toMatch(/^threadline-.*-manual\.sqlite$/);
    expect(backup.sizeBytes).toBeGreaterThan(0);
    expect(Date.parse(backup.createdAt)).not.toBeNaN();
    expect(ok(ws, 'backups.list', {})).toEqual([backup]);
    expect(backupFiles(ws.dir)).toEqual([backup.id]);
    const copy = readBackup(ws.dir, backup.id);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(checksum(copy)).toBe(checksum(ws.db));
    expect(events).toEqual([
      { name: 'data.changed', payload: { method: 'backups.create', change: expect.any(Number) } },
    ]);
  });

  it('answers a task only through call, never half-done through dispatch', async () => {
    const ws = await tempWorkspaceForTest();
    expect(refused(ws, 'backups.create', {})).toMatchObject({ code: 'internal' });
    expect(() => backupFiles(ws.dir)).toThrow();
  });

  it('keeps the last ten made by hand', async () => {
    const dataDir = folder();
    const db = await openDatabase(dataDir);
    onTestFinished(() => {
      db.close();
    });
    for (let day = 1; day <= BACKUPS_KEPT.manual + 2; day += 1) {
      await backupDatabase(db, dataDir, 'manual', { now: noon(day) });
    }
    const kept = backupFiles(dataDir);
    expect(kept).toHaveLength(BACKUPS_KEPT.manual);
    expect(kept[0]).toContain('2026-03-03T12');
  });
});

describe('daily backups', () => {
  async function startOn(dataDir: string, at: Date) {
    const ws = await openWorkspace({ dataDir, mode: 'browser', version: 'test', now: () => at });
    ws.close();
  }

  it('takes one a day at start, keeps the last seven, and rotates apart from other kinds', async () => {
    const dataDir = folder();
    const first = await openWorkspace({ dataDir, mode: 'browser', version: 'test' });
    ok(first, 'teams.create', { name: 'Checkout squad' });
    await done(first, 'backups.create', {});
    first.close();
    const manual = backupFiles(dataDir);

    for (let day = 1; day <= 10; day += 1) await startOn(dataDir, noon(day));
    await startOn(dataDir, new Date(noon(10).getTime() + 60 * 60_000));

    const daily = backupFiles(dataDir).filter((name) => name.endsWith('-daily.sqlite'));
    expect(daily).toHaveLength(BACKUPS_KEPT.daily);
    expect(
      daily.map((name) => name.slice('threadline-'.length, 'threadline-'.length + 10)),
    ).toEqual([
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
    ]);
    expect(backupFiles(dataDir).filter((name) => name.endsWith('-manual.sqlite'))).toEqual(manual);
    const latest = readBackup(dataDir, daily.at(-1) ?? '');
    expect(latest.prepare('SELECT name FROM teams').pluck().all()).toEqual(['Checkout squad']);
  });

  it('takes none for a workspace created on this start', async () => {
    const dataDir = folder();
    await startOn(dataDir, noon(1));
    expect(() => backupFiles(dataDir)).toThrow();
  });
});

describe('restore', () => {
  it('brings back exactly the backed-up data, keeping the current state as a backup first', async () => {
    const ws = await tempWorkspaceForTest();
    ok(ws, 'teams.create', { name: 'Checkout squad', members: ['Ana', 'Ben'] });
    const backup = await done(ws, 'backups.create', {});
    const backedUp = checksum(readBackup(ws.dir, backup.id));
    ok(ws, 'teams.create', { name: 'Platform' });
    const beforeRestore = checksum(ws.db);
    const events: AppEvent[] = [];
    ws.subscribe((event) => events.push(event));

    const result = await done(ws, 'backups.restore', { backupId: backup.id });

    expect(result.restored).toEqual(backup);
    expect(result.safetyBackup.reason).toBe('before-restore');
    expect(checksum(ws.db)).toBe(backedUp);
    expect(teamNames(ws)).toEqual(['Checkout squad']);
    expect(checksum(readBackup(ws.dir, result.safetyBackup.id))).toBe(beforeRestore);
    expect(events).toEqual([
      { name: 'data.changed', payload: { method: 'backups.restore', change: expect.any(Number) } },
    ]);
    // The same connection carries on writing after the restore.
    ok(ws, 'teams.create', { name: 'Mobile' });
    expect(teamNames(ws)).toEqual(['Checkout squad', 'Mobile']);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // A restore can be undone by restoring its safety copy.
    await done(ws, 'backups.restore', { backupId: result.safetyBackup.id });
    expect(teamNames(ws)).toEqual(['Checkout squad', 'Platform']);
  });

  it('brings an older backup up to the current schema', async () => {
    const ws = await tempWorkspaceForTest();
    const oldDir = folder();
    const old = await openDatabase(oldDir, { migrations: MIGRATIONS.slice(0, 2) });
    old
      .prepare(
        "INSERT INTO teams (id, name, name_key, created_at) VALUES ('t1', 'Legacy', 'legacy', '2026-01-01T00:00:00.000Z')",
      )
      .run();
    const backup = await backupDatabase(old, ws.dir, 'before-migration');
    old.close();

    await done(ws, 'backups.restore', { backupId: backup.id });

    expect(ws.db.prepare('SELECT id FROM schema_migrations').pluck().all()).toEqual(
      MIGRATIONS.map((migration) => migration.id),
    );
    expect(ok(ws, 'teams.list', {})).toMatchObject([{ name: 'Legacy', isSample: false }]);
  });

  it('refuses a name that is not a listed backup, so no path reaches another file', async () => {
    const ws = await tempWorkspaceForTest();
    ok(ws, 'teams.create', { name: 'Checkout squad' });
    const backup = await done(ws, 'backups.create', {});
    const before = checksum(ws.db);
    for (const backupId of [
      '../threadline.sqlite',
      `../${BACKUP_DIR_NAME}/${backup.id}`,
      `${backup.id}/../../threadline.sqlite`,
      '/etc/passwd',
      join(ws.dir, BACKUP_DIR_NAME, backup.id),
      'threadline-2026-03-01T12-00-00-000Z-manual.sqlite',
    ]) {
      expect(await refusedLater(ws, 'backups.restore', { backupId }), backupId).toMatchObject({
        code: 'not_found',
      });
    }
    expect(checksum(ws.db)).toBe(before);
    expect(backupFiles(ws.dir)).toEqual([backup.id]);
  });

  it('refuses a damaged backup or one from a newer version, changing nothing', async () => {
    const ws = await tempWorkspaceForTest();
    ok(ws, 'teams.create', { name: 'Checkout squad' });
    const damaged = await done(ws, 'backups.create', {});
    writeFileSync(join(ws.dir, BACKUP_DIR_NAME, damaged.id), 'not a database at all'.repeat(200));
    const newer = await done(ws, 'backups.create', {});
    const file = new BetterSqlite3(join(ws.dir, BACKUP_DIR_NAME, newer.id));
    file.prepare("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')").run();
    file.close();
    const before = checksum(ws.db);

    const broken = await refusedLater(ws, 'backups.restore', { backupId: damaged.id });
    expect(broken).toMatchObject({ code: 'invalid_input', field: 'backupId' });
    expect(broken.message).toMatch(/cannot be read/);
    const tooNew = await refusedLater(ws, 'backups.restore', { backupId: newer.id });
    expect(tooNew.message).toMatch(/newer version of Threadline/);

    expect(checksum(ws.db)).toBe(before);
    expect(backupFiles(ws.dir).filter((name) => name.includes('before-restore'))).toEqual([]);
  });

  it('refuses changes while a restore runs, but still answers questions', async () => {
    const ws = await tempWorkspaceForTest();
    ok(ws, 'teams.create', { name: 'Checkout squad' });
    const backup = await done(ws, 'backups.create', {});
    const restoring = ws.call('backups.restore', { backupId: backup.id });

    expect(refused(ws, 'teams.create', { name: 'Platform' }).message).toMatch(/busy/);
    expect((await refusedLater(ws, 'backups.create', {})).message).toMatch(/busy/);
    expect(ok(ws, 'teams.list', {})).toHaveLength(1);
    expect(await restoring).toMatchObject({ ok: true });
    ok(ws, 'teams.create', { name: 'Platform' });
  });
});
