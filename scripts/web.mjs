// Browser mode: builds when needed, then serves Threadline on 127.0.0.1 and prints the address.
// Usage: npm run web -- [--port <n>] [--data-dir <dir>] [--room-address <address>]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';

export function runBrowserMode(args) {
  buildIfStale();
  const server = spawn(
    process.execPath,
    [fileURLToPath(new URL('../out/main/web.js', import.meta.url)), ...args],
    { stdio: 'inherit' },
  );
  const forward = (signal) => server.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  server.on('exit', (code) => process.exit(code ?? 0));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runBrowserMode(process.argv.slice(2));
