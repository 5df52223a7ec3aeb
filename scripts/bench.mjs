// `npm run bench`: builds when the build is stale, then runs the speed benchmark in bench/
// (Chromium against browser mode, plus the services in-process), then the room's (60 devices).
// Arguments go to the speed benchmark's Playwright run, which then runs alone, e.g.
// `npm run bench -- -g overview` for one section.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const run = (script, scriptArgs) =>
  spawnSync(process.execPath, [join(root, script), ...scriptArgs], { cwd: root, stdio: 'inherit' })
    .status ?? 1;

buildIfStale();
const speed = run('node_modules/@playwright/test/cli.js', [
  'test',
  '--config',
  join(root, 'bench/playwright.config.ts'),
  ...args,
]);
const room =
  args.length > 0
    ? 0
    : run('node_modules/vitest/vitest.mjs', [
        'bench',
        '--run',
        '--project',
        'node',
        'bench/room.bench.ts',
      ]);
process.exit(speed || room);
