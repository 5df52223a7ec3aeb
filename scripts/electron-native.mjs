// Keeps a better-sqlite3 binary built for Electron's ABI apart from the Node one that tests use,
// so `npm start` and `npm test` both work in either order without a manual rebuild.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const modules = join(root, 'node_modules');

export function electronVersion() {
  return JSON.parse(readFileSync(join(modules, 'electron/package.json'), 'utf8')).version;
}

function nodeGypScript() {
  if (process.env.npm_config_node_gyp) return process.env.npm_config_node_gyp;
  const npmCli = process.env.npm_execpath;
  return npmCli ? join(dirname(npmCli), '../node_modules/node-gyp/bin/node-gyp.js') : 'node-gyp';
}

/** Returns the path of an Electron-ABI better_sqlite3.node, building it once per Electron version. */
export function ensureElectronSqlite() {
  const version = electronVersion();
  const outDir = join(modules, '.cache/threadline', `better-sqlite3-electron-${version}`);
  const binary = join(outDir, 'better_sqlite3.node');
  if (existsSync(binary)) return binary;

  const work = join(modules, '.cache/threadline/better-sqlite3-build');
  rmSync(work, { recursive: true, force: true });
  cpSync(join(modules, 'better-sqlite3'), work, {
    recursive: true,
    filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
  });
  const run = (command, args) =>
    spawnSync(command, args, { cwd: work, stdio: 'ignore', timeout: 10 * 60 * 1000 }).status === 0;
  const arch = process.arch;
  const built =
    run(process.execPath, [
      join(modules, 'prebuild-install/bin.js'),
      '--runtime=electron',
      `--target=${version}`,
      `--arch=${arch}`,
    ]) ||
    run(process.execPath, [
      nodeGypScript(),
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${version}`,
      `--arch=${arch}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
  if (!built) return null;
  mkdirSync(outDir, { recursive: true });
  copyFileSync(join(work, 'build/Release/better_sqlite3.node'), binary);
  rmSync(work, { recursive: true, force: true });
  return binary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const binary = ensureElectronSqlite();
  if (!binary) process.exit(1);
  console.log(binary);
}
