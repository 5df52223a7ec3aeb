// npm start: opens the desktop app. Where Electron's binary is missing and cannot be fetched,
// it says so in one sentence and runs browser mode instead.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';
import { ensureElectronSqlite } from './electron-native.mjs';
import { fetchElectron, installedElectron } from './electron-shell.mjs';
import { runBrowserMode } from './web.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

function fallBack(reason) {
  console.log(`${reason}, so Threadline is opening in browser mode instead.`);
  runBrowserMode(args);
}

/** Electron's install tooling needs Node 22.12 or newer. */
function nodeCanInstallElectron() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

function desktopBinary() {
  const installed = installedElectron();
  if (installed || !nodeCanInstallElectron()) return installed;
  console.log('Fetching the Electron desktop shell (first start only)…');
  return fetchElectron();
}

const binary = desktopBinary();
if (!binary) {
  fallBack(
    nodeCanInstallElectron()
      ? 'The Electron desktop shell is not installed and could not be downloaded on this machine'
      : `The Electron desktop shell needs Node.js 22.12 or newer to install and this is Node.js ${process.versions.node}`,
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
