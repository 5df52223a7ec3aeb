// npm run dist: builds the installers for this operating system with electron-builder (AppImage
// and deb on Linux, dmg on macOS, NSIS on Windows) into dist/. Extra arguments go to
// electron-builder, e.g. `npm run dist -- --dir` for the unpacked app alone.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';
import { ensureElectronSqlite } from './electron-native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

buildIfStale();
console.log('Preparing the database driver for Electron…');
if (!ensureElectronSqlite()) {
  console.error(
    "The database driver could not be built for Electron: that needs Electron's headers or a published build from the internet, and a C++ toolchain.",
  );
  process.exit(1);
}
const builder = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/electron-builder/cli.js'),
    '--config',
    'electron-builder.config.ts',
    '--publish',
    'never',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(builder.status ?? 1);
