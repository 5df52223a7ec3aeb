import { copyFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUPS_KEPT } from '@shared/backups';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { BACKUP_DIR_NAME, listBackupFiles } from './db/backup';
import { DATABASE_FILE_NAME } from './db/open';
import { ok, refused } from './test/dispatch-helpers';
import { tempDir } from './test/temp-workspace';
import { done } from './test/workspace-state';
import { openWorkspace, type Workspace } from './workspace';

const noon = (day: number) => new Date(Date.UTC(2026, 2, day, 12));

function folder(): string {
  const dir = tempDir();
  onTestFinished(dir.remove);
  return dir.path;
}

async function open(dataDir: string, now?: Date): Promise<Workspace> {
  const ws = await openWorkspace({
    dataDir,
    mode: 'browser',
    version: 'test',
    ...(now ? { now: () => now } : {}),
  });
  onTestFinished(() => ws.close());
  return ws;
}

const removeDatabase = (dataDir: string) => {
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(join(dataDir, DATABASE_FILE_NAME + suffix), { force: true });
  }
};
const names = (ws: Workspace) => ok(ws, 'teams.list', { includeArchived: true }).map((t) => t.name);
const reasons = (dataDir: string) => listBackupFiles(dataDir).map((backup) => backup.reason);

describe('a database file deleted while the app runs', () => {
  it('refuses every later change, keeps what was saved, and offers it back at the next start', async () => {
    const dataDir = folder();
    const ws = await open(dataDir);
    ok(ws, 'teams.create', { name: 'Checkout squad' });
    ok(ws, 'teams.create', { name: 'Payments' });

    removeDatabase(dataDir);
    for (let n = 0; n < 10; n += 1) {
      const error = refused(ws, 'teams.create', { name: `Lost ${n}` });
      expect(error.code).toBe('workspace_missing');
      expect(error.message).toMatch(/deleted, moved or replaced while Threadline was running/);
      expect(error.message).toMatch(/Restart Threadline/);
    }
    // What the open connection still held is kept as a backup.
    await vi.waitFor(() => expect(reasons(dataDir)).toEqual(['rescue']));
    ws.close();

    const next = await open(dataDir);
    expect(next.info.recovery).toMatchObject({ missing: true });
    expect(next.info.recovery?.problem).toMatch(/workspace file is missing, but there are backups/);
    expect(refused(next, 'teams.list', {}).code).toBe('conflict');
    const result = await done(next, 'recovery.restoreLatest', {});
    expect(result).toMatchObject({ damagedFile: null, restored: { reason: 'rescue' } });
    expect(names(next)).toEqual(['Checkout squad', 'Payments']);
    ok(next, 'teams.create', { name: 'After the restore' });
  });

  it('refuses changes once the file is replaced by another one', async () => {
    const dataDir = folder();
    const other = folder();
    const ws = await open(dataDir);
    ok(ws, 'teams.create', { name: 'Checkout squad' });
    const elsewhere = await open(other);
    ok(elsewhere, 'teams.create', { name: 'Someone else' });
    elsewhere.close();

    const file = join(dataDir, DATABASE_FILE_NAME);
    copyFileSync(join(other, DATABASE_FILE_NAME), `${file}.new`);
    renameSync(`${file}.new`, file);
    const [team] = ok(ws, 'teams.list', {});
    expect(refused(ws, 'teams.rename', { teamId: team?.id, name: 'X' }).code).toBe(
      'workspace_missing',
    );
    expect((await ws.call('backups.restore', { backupId: 'any' })).ok).toBe(false);
    // What this window still held is kept, and Settings lists it after a restart.
    await vi.waitFor(() => expect(reasons(dataDir)).toEqual(['rescue']));
  });

  it('keeps accepting changes while the file stays, through backups and restores', async () => {
    const ws = await open(folder());
    ok(ws, 'teams.create', { name: 'Checkout squad' });
    const backup = await done(ws, 'backups.create', {});
    ok(ws, 'teams.create', { name: 'Payments' });
    await done(ws, 'backups.restore', { backupId: backup.id });
    ok(ws, 'teams.create', { name: 'After the restore' });
    expect(names(ws)).toEqual(['After the restore', 'Checkout squad']);
  });
});

describe('starting without a database file', () => {
  it('opens normally when there are no backups either: a first start', async () => {
    const ws = await open(folder());
    expect(ws.info.recovery).toBeNull();
  });

  it('opens in recovery when backups exist, and can start fresh from there', async () => {
    const dataDir = folder();
    const ws = await open(dataDir);
    ok(ws, 'teams.create', { name: 'Checkout squad' });
    await done(ws, 'backups.create', {});
    ws.close();
    removeDatabase(dataDir);

    const next = await open(dataDir);
    expect(next.info.recovery).toMatchObject({
      missing: true,
      databaseFile: join(dataDir, DATABASE_FILE_NAME),
    });
    const result = await done(next, 'recovery.startFresh', {});
    expect(result).toEqual({ damagedFile: null, restored: null });
    expect(names(next)).toEqual([]);
  });

  it('never rotates good daily backups out for copies of an empty workspace', async () => {
    const dataDir = folder();
    const first = await open(dataDir);
    ok(first, 'teams.create', { name: 'Checkout squad' });
    first.close();
    for (let day = 1; day <= BACKUPS_KEPT.daily; day += 1) (await open(dataDir, noon(day))).close();
    const good = readdirSync(join(dataDir, BACKUP_DIR_NAME)).sort();
    expect(good).toHaveLength(BACKUPS_KEPT.daily);

    // Now nothing of the user's is left (deleted here; a fresh start after losing the file is
    // the same), and the app keeps being started day after day.
    const emptied = await open(dataDir, noon(BACKUPS_KEPT.daily));
    const [team] = ok(emptied, 'teams.list', {});
    ok(emptied, 'teams.delete', { teamId: team?.id });
    emptied.close();
    for (let day = 11; day <= 20; day += 1) (await open(dataDir, noon(day))).close();
    expect(readdirSync(join(dataDir, BACKUP_DIR_NAME)).sort()).toEqual(good);

    // Only the sample team: still nothing of the user's own to back up.
    const sampleOnly = await open(dataDir, noon(21));
    ok(sampleOnly, 'sample.load', {});
    sampleOnly.close();
    (await open(dataDir, noon(22))).close();
    expect(readdirSync(join(dataDir, BACKUP_DIR_NAME)).sort()).toEqual(good);
  });
});
