import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp-workspace';
import { BACKUP_DIR_NAME } from './backup';
import { DatabaseTooNewError } from './migrate';
import { MIGRATIONS } from './migrations';
import { DATABASE_FILE_NAME, openDatabase } from './open';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const file = () => join(dir.path, DATABASE_FILE_NAME);

describe('openDatabase', () => {
  it('creates a fresh database with every migration applied, WAL and foreign keys on', async () => {
    const db = await openDatabase(dir.path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const ids = db.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all();
    expect(ids).toEqual(MIGRATIONS.map((m) => m.id));
    db.close();
    expect(() => readdirSync(join(dir.path, BACKUP_DIR_NAME))).toThrow();
  });

  it('upgrades an older database, keeping its rows and taking a backup first', async () => {
    const first = [{ id: 1, name: 'one', sql: 'CREATE TABLE notes (text TEXT);' }];
    const db1 = await openDatabase(dir.path, { migrations: first });
    db1.prepare('INSERT INTO notes VALUES (?)').run('kept');
    db1.close();

    const second = [...first, { id: 2, name: 'two', sql: 'ALTER TABLE notes ADD n INTEGER;' }];
    const db2 = await openDatabase(dir.path, { migrations: second });
    expect(db2.prepare('SELECT text, n FROM notes').all()).toEqual([{ text: 'kept', n: null }]);
    db2.close();

    const backups = readdirSync(join(dir.path, BACKUP_DIR_NAME));
    expect(backups).toHaveLength(1);
    const backup = new BetterSqlite3(join(dir.path, BACKUP_DIR_NAME, backups[0] ?? ''));
    expect(backup.prepare('SELECT id FROM schema_migrations').pluck().all()).toEqual([1]);
    expect(backup.prepare('SELECT text FROM notes').pluck().all()).toEqual(['kept']);
    backup.close();
  });

  it('does not back up or migrate when nothing is pending', async () => {
    (await openDatabase(dir.path)).close();
    (await openDatabase(dir.path)).close();
    expect(() => readdirSync(join(dir.path, BACKUP_DIR_NAME))).toThrow();
  });

  it('refuses a database made by a newer version and leaves the file byte for byte untouched', async () => {
    const newer = [...MIGRATIONS, { id: 99, name: 'future', sql: 'CREATE TABLE future (x);' }];
    const db = await openDatabase(dir.path, { migrations: newer });
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = readFileSync(file());

    await expect(openDatabase(dir.path)).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(openDatabase(dir.path)).rejects.toThrow(/newer version of Threadline/);
    expect(readFileSync(file()).equals(before)).toBe(true);
  });

  it('refuses a database whose applied list diverges from the known one', async () => {
    const other = [{ id: 7, name: 'other', sql: 'CREATE TABLE other (x);' }];
    (await openDatabase(dir.path, { migrations: other })).close();
    await expect(openDatabase(dir.path)).rejects.toBeInstanceOf(DatabaseTooNewError);
  });
});
