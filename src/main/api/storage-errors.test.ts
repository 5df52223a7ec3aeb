import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../db/open';
import { count, ok, refused } from '../test/dispatch-helpers';
import { tempDir, tempWorkspaceForTest } from '../test/temp-workspace';
import { withReadOnly } from '../test/unprivileged';
import { checksum, done, refusedLater } from '../test/workspace-state';
import { openWorkspace } from '../workspace';

const members = (n: number) => Array.from({ length: n }, (_, i) => `Member ${i} ${'x'.repeat(60)}`);

describe('a full disk', () => {
  it('says the disk is full and what to do, and keeps nothing of the failed change', async () => {
    const ws = await tempWorkspaceForTest();
    ok(ws, 'teams.create', { name: 'Checkout squad' });
    ok(ws, 'sample.load', {});
    const document = ok(ws, 'data.exportWorkspace', {}).document;
    // SQLite answers SQLITE_FULL for real once the file may not grow past its current size.
    const pages = ws.db.pragma('page_count', { simple: true }) as number;
    ws.db.pragma(`max_page_count = ${pages}`);
    const before = checksum(ws.db);

    const error = refused(ws, 'teams.create', { name: 'Payments', members: members(100) });
    expect(error.code).toBe('storage_full');
    expect(error.message).toMatch(/disk that holds your workspace is full.*Free some space/);
    expect(error.message).toMatch(/Nothing was saved/);
    // An import writes hundreds of rows: none of them stays.
    const imported = refused(ws, 'data.import', {
      document,
      resolutions: JSON.parse(document).teams.map(({ key }: { key: string }) => ({
        key,
        choice: 'rename',
      })),
    });
    expect(imported.code).toBe('storage_full');
    expect(checksum(ws.db)).toBe(before);

    ws.db.pragma(`max_page_count = ${pages * 100}`);
    ok(ws, 'teams.create', { name: 'Payments', members: members(100) });
    expect(count(ws, 'team_members', "name LIKE 'Member %'")).toBe(100);
  });
});

describe('a read-only workspace', () => {
  it('says the file cannot be written and what to check', async () => {
    const dir = tempDir();
    try {
      const first = await openWorkspace({ dataDir: dir.path, mode: 'browser', version: 'test' });
      const team = ok(first, 'teams.create', { name: 'Checkout squad' });
      first.close();

      const file = join(dir.path, DATABASE_FILE_NAME);
      await withReadOnly(dir.path, [file], async () => {
        const ws = await openWorkspace({ dataDir: dir.path, mode: 'browser', version: 'test' });
        try {
          const before = checksum(ws.db);
          const error = refused(ws, 'teams.rename', { teamId: team.id, name: 'Payments' });
          expect(error.code).toBe('storage_read_only');
          expect(error.message).toMatch(/not allowed to write to your workspace file/);
          expect(error.message).toMatch(/Check that the folder is not read-only/);
          expect(checksum(ws.db)).toBe(before);
          expect(ok(ws, 'teams.get', { teamId: team.id }).name).toBe('Checkout squad');
        } finally {
          ws.close();
        }
      });
    } finally {
      dir.remove();
    }
  });

  it('says so when the backups folder cannot be written', async () => {
    const ws = await tempWorkspaceForTest();
    ok(ws, 'teams.create', { name: 'Checkout squad' });
    const backups = join(ws.dir, 'backups');
    await done(ws, 'backups.create', {}); // makes the folder
    await withReadOnly(ws.dir, [backups], async () => {
      const error = await refusedLater(ws, 'backups.create', {});
      expect(error.code).toBe('storage_read_only');
    });
  });
});
