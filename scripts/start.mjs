// npm start: opens the desktop app. Where Electron's binary is missing and cannot be fetched,
// it says so in one sentence and runs browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';
import { ensureElectronSqlite } from './electron-native.mjs';
import { runBrowserMode } from './web.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

function electronBinary() {
  try {
    return require('electron');
  } catch {
    return null;
  }
}

function fetchElectron() {
  console.log('Fetching the Electron desktop shell (first start only)…');
  spawnSync(process.execPath, [require.resolve('electron/install.js')], {
    stdio: 'ignore',
    timeout: 5 * 60 * 1000,
  });
  return electronBinary();
}

function fallBack(reason) {
  console.log(`${reason}, so Threadline is opening in browser mode instead.`);
  runBrowserMode(args);
}

const binary = electronBinary() ?? fetchElectron();
if (!binary) {
  fallBack(
    'The Electron desktop shell is not installed and could not be downloaded on this machine',
  );
} else {
  buildIfStale();
  const sqlite = ensureElectronSqlite();
  if (!sqlite) {
    fallBack('The database driver could not be prepared for the desktop shell');
  } else {
    const app = spawn(binary, [root, ...args], {
      stdio: 'inherit',
      env: { ...process.env, THREADLINE_SQLITE_BINDING: sqlite },
    });
    app.on('exit', (code) => process.exit(code ?? 0));
  }
}
