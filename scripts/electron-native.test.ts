import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildEnvironment,
  electronBuildCommands,
  electronSqliteBinary,
  electronVersion,
} from './electron-native.mjs';

const project = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('the Electron build of the SQLite driver', () => {
  it('targets the installed Electron, the major version package.json asks for', () => {
    const wanted = String(project.devDependencies.electron).replace(/^\^/, '').split('.')[0];
    expect(electronVersion().split('.')[0]).toBe(wanted);
    expect(electronSqliteBinary()).toMatch(
      new RegExp(`better-sqlite3-electron-${electronVersion().replaceAll('.', '\\.')}`),
    );
  });

  it("tries Electron's published build first, then compiles against Electron's headers", () => {
    const [prebuilt, compiled] = electronBuildCommands('45.5.0', 'x64');
    const target = ['--runtime=electron', '--target=45.5.0', '--arch=x64'];
    expect(prebuilt?.[1]).toEqual([
      expect.stringMatching(/prebuild-install[\\/]bin\.js$/),
      ...target,
    ]);
    expect(compiled?.[1]).toEqual(
      expect.arrayContaining([
        'rebuild',
        '--release',
        ...target,
        '--dist-url=https://electronjs.org/headers',
      ]),
    );
  });

  it("never lets an npm nodedir setting point the compile at Node's headers", () => {
    const env = { PATH: '/usr/bin', npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr' };
    expect(buildEnvironment(env)).toEqual({ PATH: '/usr/bin' });
  });
});
