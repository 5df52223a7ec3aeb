// Keeps a better-sqlite3 binary built for Electron's ABI apart from the Node one that tests use,
// so `npm start`, `npm run dist` and `npm test` all work in either order without a manual rebuild.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const modules = join(root, 'node_modules');

export function electronVersion() {
  return JSON.parse(readFileSync(join(modules, 'electron/package.json'), 'utf8')).version;
}

/** Where the Electron build of the driver for this Electron version is kept. */
export function electronSqliteBinary(version = electronVersion()) {
  return join(
    modules,
    '.cache/threadline',
    `better-sqlite3-electron-${version}`,
    'better_sqlite3.node',
  );
}

function nodeGypScript() {
  if (process.env.npm_config_node_gyp) return process.env.npm_config_node_gyp;
  const npmCli = process.env.npm_execpath;
  return npmCli ? join(dirname(npmCli), '../node_modules/node-gyp/bin/node-gyp.js') : 'node-gyp';
}

/** The ways to get the driver for Electron's ABI, in order: a published build, else a compile. */
export function electronBuildCommands(version, arch) {
  const target = ['--runtime=electron', `--target=${version}`, `--arch=${arch}`];
  return [
    [process.execPath, [join(modules, 'prebuild-install/bin.js'), ...target]],
    [
      process.execPath,
      [
        nodeGypScript(),
        'rebuild',
        '--release',
        ...target,
        '--dist-url=https://electronjs.org/headers',
      ],
    ],
  ];
}

/**
 * The environment for those commands. An npm `nodedir` setting points node-gyp at Node's own
 * headers, which would build for Node's ABI instead of Electron's, so it is left out.
 */
export function buildEnvironment(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => name.toLowerCase() !== 'npm_config_nodedir'),
  );
}

/** Returns the path of an Electron-ABI better_sqlite3.node, building it once per Electron version. */
export function ensureElectronSqlite() {
  const version = electronVersion();
  const binary = electronSqliteBinary(version);
  if (existsSync(binary)) return binary;

  const work = join(modules, '.cache/threadline/better-sqlite3-build');
  rmSync(work, { recursive: true, force: true });
  cpSync(join(modules, 'better-sqlite3'), work, {
    recursive: true,
    filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
  });
  const env = buildEnvironment(process.env);
  const built = electronBuildCommands(version, process.arch).some(
    ([command, args]) =>
      spawnSync(command, args, { cwd: work, env, stdio: 'ignore', timeout: 10 * 60 * 1000 })
        .status === 0,
  );
  if (built) {
    mkdirSync(dirname(binary), { recursive: true });
    copyFileSync(join(work, 'build/Release/better_sqlite3.node'), binary);
  }
  rmSync(work, { recursive: true, force: true });
  return built ? binary : null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const binary = ensureElectronSqlite();
  if (!binary) process.exit(1);
  console.log(binary);
}
