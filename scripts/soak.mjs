// `npm run soak`: the reliability suite in full. The same tests run in a short form within
// `npm test`; THREADLINE_SOAK=1 makes each run its long form (see src/main/test/soak.ts).
import { spawnSync } from 'node:child_process';

const RELIABILITY_TESTS = [
  'src/main/api/contract-fuzz.test.ts',
  'src/main/room/participant-fuzz.test.ts',
  'src/main/services/portability/round-trip.property.test.ts',
  'src/main/services/portability/hostile-import.test.ts',
  'src/main/api/storage-errors.test.ts',
  'src/main/workspace-file.test.ts',
];

const env = { ...process.env, THREADLINE_SOAK: '1' };

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npm', ['run', 'build']);
run('npx', ['vitest', 'run', ...RELIABILITY_TESTS]);
run('npx', ['playwright', 'test', '--workers=1', 'e2e/crash-trials.spec.ts']);
