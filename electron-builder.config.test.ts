import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, archFromString, build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from './electron-builder.config';
import { buildIfStale } from './scripts/build-if-stale.mjs';
import { electronSqliteBinary, electronVersion } from './scripts/electron-native.mjs';
import { PACKAGED_SQLITE_BINDING, sqliteBinding } from './src/main/sqlite-binding';
import { tempDir } from './src/main/test/temp-workspace';

// `npm run dist` needs Electron's download, which these machines cannot reach. So the real
// packager runs here with the real configuration on Linux's unpacked ("dir") target, given a
// stand-in Electron: a file carrying Electron's fuse wire with its default settings, so that
// the fuses electron-builder flips can be read back. The installers themselves (AppImage, deb,
// dmg, NSIS) wrap this same unpacked app.

const root = import.meta.dirname;
const work = tempDir();
const standInDriver = join(work.path, 'better_sqlite3.node');
const appOut = join(work.path, 'dist', 'linux-unpacked');
const resources = join(appOut, 'resources');

// How Electron marks its fuse wire in the binary, and a fuse's two states ('0' and '1').
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const OFF = '0'.charCodeAt(0);
const ON = '1'.charCodeAt(0);

function standInElectron(): string {
  const dist = join(work.path, 'electron-dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'version'), electronVersion());
  writeFileSync(join(dist, 'LICENSE'), 'MIT');
  // Electron's defaults: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on.
  const wire = Buffer.from('10110001');
  const binary = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, wire.length]), wire]);
  writeFileSync(join(dist, 'electron'), binary);
  chmodSync(join(dist, 'electron'), 0o755);
  return dist;
}

let archive: string[] = [];

beforeAll(async () => {
  buildIfStale();
  writeFileSync(standInDriver, 'the Electron build of the SQLite driver');
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', archFromString(process.arch) ?? Arch.x64),
    publish: 'never',
    config: {
      ...config,
      electronDist: standInElectron(),
      directories: { ...config.directories, output: join(work.path, 'dist') },
      extraResources: [{ from: standInDriver, to: PACKAGED_SQLITE_BINDING }],
    },
  });
  archive = listPackage(join(resources, 'app.asar'), { isPack: false }).map((entry) =>
    entry.split('\\').join('/'),
  );
}, 300_000);

afterAll(work.remove);

describe('the packaged desktop app', () => {
  it('holds the built main process, preload and renderer in its archive', () => {
    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      expect(archive).toContain(`/${file}`);
    }
    expect(archive).toContain('/out/renderer/icon.png');
    expect(archive).toContain('/node_modules/better-sqlite3/lib/index.js');
    expect(archive).toContain('/node_modules/csv-stringify/package.json');
  });

  it('leaves out sources, tests, browser mode, dev tools and the Node build of the driver', () => {
    const outside = archive.filter(
      (entry) =>
        !entry.startsWith('/out/') && !entry.startsWith('/node_modules/') && entry !== '/out',
    );
    expect(outside).toEqual(['/node_modules', '/package.json']);
    expect(archive).not.toContain('/out/main/web.js');
    expect(archive.filter((entry) => entry.endsWith('.node'))).toEqual([]);
    expect(archive.filter((entry) => entry.startsWith('/node_modules/better-sqlite3/'))).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/better-sqlite3\/(build|deps|src)\//)]),
    );
    for (const devTool of ['electron', 'electron-builder', 'vite', 'react', 'zod']) {
      expect(archive).not.toContain(`/node_modules/${devTool}`);
    }
  });

  it('keeps the Electron build of the driver outside the archive, where the app loads it', () => {
    const loaded = sqliteBinding({ packaged: true, resourcesPath: resources, env: {} });
    expect(loaded).toBe(join(resources, 'native', 'better_sqlite3.node'));
    expect(readFileSync(loaded ?? '', 'utf8')).toBe('the Electron build of the SQLite driver');
  });

  it('flips the fuses: no Node mode, NODE_OPTIONS or inspector; encrypted cookies; ASAR only', async () => {
    const wire = await getCurrentFuseWire(join(appOut, 'threadline'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ON);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(OFF);
  });
});

describe('the installer configuration', () => {
  it('ships the Electron build of the driver that npm run dist prepares', () => {
    expect(config.extraResources).toEqual([
      { from: electronSqliteBinary(), to: PACKAGED_SQLITE_BINDING },
    ]);
    expect(electronSqliteBinary()).toContain(`better-sqlite3-electron-${electronVersion()}`);
    // electron-builder's own rebuild would turn the project's Node build into an Electron one.
    expect(config.npmRebuild).toBe(false);
  });

  it('builds AppImage and deb on Linux, dmg on macOS and NSIS on Windows', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.linux?.maintainer).toBeTruthy();
  });

  it('uses the app icon from resources/, large enough for every platform', () => {
    const icon = join(root, config.icon ?? '');
    expect(existsSync(icon)).toBe(true);
    const png = readFileSync(icon);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
});
