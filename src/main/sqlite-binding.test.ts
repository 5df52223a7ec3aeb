import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqliteBinding } from './sqlite-binding';

describe('sqliteBinding', () => {
  const resourcesPath = join('/opt', 'Threadline', 'resources');

  it('gives an installed app the driver it ships with, whatever the environment says', () => {
    const env = { THREADLINE_SQLITE_BINDING: '/tmp/other.node' };
    expect(sqliteBinding({ packaged: true, resourcesPath, env })).toBe(
      join(resourcesPath, 'native', 'better_sqlite3.node'),
    );
  });

  it('gives a development run the Electron build that npm start prepared', () => {
    const env = { THREADLINE_SQLITE_BINDING: '/cache/better_sqlite3.node' };
    expect(sqliteBinding({ packaged: false, resourcesPath, env })).toBe(
      '/cache/better_sqlite3.node',
    );
    expect(sqliteBinding({ packaged: false, resourcesPath, env: {} })).toBeUndefined();
  });
});
