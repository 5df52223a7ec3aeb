import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contract, METHOD_NAMES } from '@shared/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_DIR_NAME } from './db/backup';
import { DATABASE_FILE_NAME } from './db/open';
import { ok, refused } from './test/dispatch-helpers';
import { tempDir, tempWorkspace } from './test/temp-workspace';
import { checksum, done, refusedLater } from './test/workspace-state';
import { openWorkspace, type Workspace } from './workspace';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const GARBAGE = Buffer.from('This is not a database: the disk ate it. '.repeat(500));

async function open(dataDir: string): Promise<Workspace> {
  const ws = await openWorkspace({ dataDir, mode: 'browser', version: 'test' });
  cleanups.push(() => ws.close());
  return ws;
}

/** A workspace with one team and a manual backup, closed, then its file replaced by `bytes`. */
async function damagedWorkspace(damage: (file: string) => void = overwrite) {
  const dir = tempDir();
  cleanups.push(dir.remove);
  const ws = await openWorkspace({ dataDir: dir.path, mode: 'browser', version: 'test' });
  ok(ws, 'teams.create', { name: 'Checkout squad', members: ['Ana'] });
  const backup = await done(ws, 'backups.create', {});
  const good = checksum(ws.db);
  ws.close();
  const file = join(dir.path, DATABASE_FILE_NAME);
  damage(file);
  return { dataDir: dir.path, file, backup, good, damaged: readFileSync(file) };
}

function overwrite(file: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  writeFileSync(file, GARBAGE);
}

/** A valid header and schema, but the second page overwritten. */
function corruptPage(file: string): void {
  const bytes = readFileSync(file);
  bytes.fill(0x41, 4096, 2 * 4096);
  writeFileSync(file, bytes);
}

const damagedCopies = (dataDir: string) =>
  readdirSync(dataDir).filter((name) => /^threadline\.sqlite\.damaged-[\dTZ-]+$/.test(name));

describe('a workspace file that cannot be used at start', () => {
  it('opens in recovery, says what is wrong, and leaves the file untouched', async () => {
    const { dataDir, file, damaged } = await damagedWorkspace();
    const ws = await open(dataDir);

    expect(ws.info.recovery).toMatchObject({ databaseFile: file });
    expect(ws.info.recovery?.problem).toMatch(/cannot be read/);
    expect(ok(ws, 'app.info', {}).recovery).toEqual(ws.info.recovery);
    expect(ok(ws, 'backups.list', {})).toHaveLength(1);
    const refusal = refused(ws, 'teams.list', {});
    expect(refusal).toMatchObject({ code: 'conflict' });
    expect(refusal.message).toMatch(/Restore a backup or start fresh/);
    expect(refused(ws, 'data.exportWorkspace', {}).code).toBe('conflict');
    expect(readFileSync(file).equals(damaged)).toBe(true);
    expect(() => ws.db).toThrow(/recovery/);
  });

  it('answers only the methods the contract marks as available during recovery', async () => {
    const { dataDir } = await damagedWorkspace();
    const ws = await open(dataDir);
    const available = METHOD_NAMES.filter((method) => contract[method].duringRecovery);
    expect(available).toEqual([
      'app.info',
      'backups.list',
      'recovery.restoreLatest',
      'recovery.startFresh',
    ]);
    for (const method of METHOD_NAMES.filter((m) => !available.includes(m))) {
      const envelope = await ws.call(method, {});
      expect(envelope, method).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: expect.stringMatching(/start fresh first/) },
      });
    }
    expect((await ws.call('backups.list', {})).ok).toBe(true);
    expect(ws.info.recovery).not.toBeNull();
  });

  it('also catches a damaged page behind a valid header', async () => {
    const { dataDir } = await damagedWorkspace(corruptPage);
    const ws = await open(dataDir);
    expect(ws.info.recovery?.problem).toBeTruthy();
  });

  it('restores the newest good backup and keeps the damaged file aside byte for byte', async () => {
    const { dataDir, file, backup, good, damaged } = await damagedWorkspace();
    const ws = await open(dataDir);

    const result = await done(ws, 'recovery.restoreLatest', {});

    expect(result.restored).toEqual(backup);
    expect(damagedCopies(dataDir)).toEqual([(result.damagedFile ?? '').slice(dataDir.length + 1)]);
    expect(readFileSync(result.damagedFile ?? '').equals(damaged)).toBe(true);
    expect(ws.info.recovery).toBeNull();
    expect(ok(ws, 'app.info', {}).recovery).toBeNull();
    expect(checksum(ws.db)).toBe(good);
    expect(ok(ws, 'teams.list', {}).map((team) => team.name)).toEqual(['Checkout squad']);
    ok(ws, 'teams.create', { name: 'Platform' });
    expect(existsSync(`${file}.restoring`)).toBe(false);

    ws.close();
    const again = await open(dataDir);
    expect(again.info.recovery).toBeNull();
    expect(ok(again, 'teams.list', {})).toHaveLength(2);
  });

  it('skips a damaged newer backup and restores the newest one that passes the check', async () => {
    const { dataDir, backup, good } = await damagedWorkspace();
    const newest = 'threadline-2099-01-01T00-00-00-000Z-manual.sqlite';
    writeFileSync(join(dataDir, BACKUP_DIR_NAME, newest), GARBAGE);
    const ws = await open(dataDir);
    expect(ok(ws, 'backups.list', {})[0]?.id).toBe(newest);

    expect((await done(ws, 'recovery.restoreLatest', {})).restored).toEqual(backup);
    expect(checksum(ws.db)).toBe(good);
  });

  it('moves nothing when there is no usable backup to restore', async () => {
    const { dataDir, file, damaged } = await damagedWorkspace();
    rmSync(join(dataDir, BACKUP_DIR_NAME), { recursive: true });
    const ws = await open(dataDir);

    const refusal = await refusedLater(ws, 'recovery.restoreLatest', {});
    expect(refusal).toMatchObject({ code: 'conflict' });
    expect(refusal.message).toMatch(/no usable backup.*Start fresh/);
    expect(readFileSync(file).equals(damaged)).toBe(true);
    expect(damagedCopies(dataDir)).toEqual([]);
    expect(ws.info.recovery).not.toBeNull();
  });

  it('starts fresh with an empty workspace that works, keeping the damaged file', async () => {
    const { dataDir, damaged } = await damagedWorkspace();
    const ws = await open(dataDir);

    const result = await done(ws, 'recovery.startFresh', {});

    expect(result.restored).toBeNull();
    expect(readFileSync(result.damagedFile ?? '').equals(damaged)).toBe(true);
    expect(ws.info.recovery).toBeNull();
    expect(ok(ws, 'teams.list', {})).toEqual([]);
    ok(ws, 'teams.create', { name: 'Fresh start' });
    expect(ok(ws, 'backups.list', {})).toHaveLength(1);
  });

  it('has nothing to recover in a workspace that opened normally', async () => {
    const ws = await tempWorkspace();
    cleanups.push(ws.dispose);
    expect(ws.info.recovery).toBeNull();
    const refusal = await refusedLater(ws, 'recovery.startFresh', {});
    expect(refusal.message).toMatch(/nothing to recover/);
    expect(existsSync(join(ws.dir, DATABASE_FILE_NAME))).toBe(true);
  });
});
