import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';

// Crash trials: the real browser-mode host takes writes over HTTP and is killed with SIGKILL at
// a random moment, again and again on the same data folder. After every kill the database must
// pass SQLite's integrity check and hold every write the host acknowledged. `npm test` runs a
// few trials; `npm run soak` runs a hundred.

const root = fileURLToPath(new URL('..', import.meta.url));
const TRIALS = process.env.THREADLINE_SOAK === '1' ? 100 : 4;
const TOKEN_HEADER = 'x-threadline-token';

interface Host {
  process: ChildProcess;
  base: string;
  token: string;
}

async function startHost(dataDir: string): Promise<Host> {
  const child = spawn(
    process.execPath,
    [join(root, 'out/main/web.js'), '--port', '0', '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<URL>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/);
      if (match?.[1]) resolve(new URL(match[1]));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}): ${output}`)));
  });
  return { process: child, base: url.origin, token: url.searchParams.get('token') ?? '' };
}

async function call(host: Host, method: string, input: unknown): Promise<unknown> {
  const response = await fetch(`${host.base}/api/${method}`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!envelope.ok) throw new Error(`${method} refused: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

/** Writes until the host dies; returns what it acknowledged. */
async function writeUntilKilled(
  host: Host,
  trial: number,
): Promise<{ teams: string[]; members: string[] }> {
  const acknowledged = { teams: [] as string[], members: [] as string[] };
  for (let n = 0; ; n += 1) {
    const name = `Trial ${trial} team ${n}`;
    try {
      const team = (await call(host, 'teams.create', { name, members: ['Ana', 'Ben'] })) as {
        id: string;
      };
      acknowledged.teams.push(name);
      const member = `Member ${trial}.${n}`;
      await call(host, 'teams.addMember', { teamId: team.id, name: member });
      acknowledged.members.push(member);
    } catch (error) {
      if (host.process.exitCode !== null || host.process.signalCode !== null) return acknowledged;
      if ((error as Error).message.includes('refused')) throw error;
      return acknowledged;
    }
  }
}

function stored(databaseFile: string) {
  const db = new BetterSqlite3(databaseFile);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      teams: new Set(db.prepare('SELECT name FROM teams').pluck().all() as string[]),
      members: new Set(db.prepare('SELECT name FROM team_members').pluck().all() as string[]),
    };
  } finally {
    db.close();
  }
}

test('every acknowledged write survives SIGKILL at random moments', async () => {
  test.setTimeout(TRIALS * 15_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'threadline-crash-'));
  let total = 0;
  try {
    for (let trial = 1; trial <= TRIALS; trial += 1) {
      const host = await startHost(dataDir);
      const exited = new Promise<void>((resolve) => host.process.once('exit', () => resolve()));
      const delay = 20 + Math.floor(Math.random() * 400);
      const writing = writeUntilKilled(host, trial);
      setTimeout(() => host.process.kill('SIGKILL'), delay);
      const acknowledged = await writing;
      await exited;

      const after = stored(join(dataDir, 'threadline.sqlite'));
      expect(after.integrity, `trial ${trial}`).toBe('ok');
      for (const name of acknowledged.teams) expect(after.teams.has(name), name).toBe(true);
      for (const name of acknowledged.members) expect(after.members.has(name), name).toBe(true);
      total += acknowledged.teams.length + acknowledged.members.length;
      console.log(
        `crash trial ${trial}: killed after ${delay} ms, ${acknowledged.teams.length + acknowledged.members.length} acknowledged writes, all present`,
      );
    }
    expect(total).toBeGreaterThan(0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
