// Finds Electron's desktop binary without triggering its download: the electron package fetches
// the binary the first time it is required, and an offline machine must not wait for that.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = fileURLToPath(new URL('../node_modules/electron/', import.meta.url));

/** The path of the installed Electron binary, or null when it has not been downloaded. */
export function installedElectron() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

/** Downloads Electron's binary (at most five minutes) and returns its path, or null. */
export function fetchElectron() {
  spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 5 * 60 * 1000,
  });
  return installedElectron();
}
