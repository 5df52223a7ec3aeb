// The benchmark's workspaces, built once through the real services and kept in
// node_modules/.cache/threadline/bench/seed-v<SEED_VERSION>/. Each run works on a fresh copy, so
// what a run writes never reaches the cache. Change SEED_VERSION when what is seeded changes.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRACTICE_IDS } from '@shared/practices';
import { openDatabase } from '../src/main/db/open';
import { openWorkspace, type Workspace } from '../src/main/workspace';

export const SEED_VERSION = 2;
const CACHE = join(import.meta.dirname, '..', 'node_modules/.cache/threadline/bench');
const DATABASE = 'threadline.sqlite';
const PEOPLE = 6;
/** Retros of every team but the big one. */
const SMALL_TEAM_RETROS = 10;

/** What a benchmark needs to know of a seeded workspace. */
export interface Seeded {
  /** The team with the long history, if the workspace has one. */
  bigTeamId: string | null;
  bigTeamName: string | null;
  /** Its newest closed retro. */
  latestSessionId: string | null;
  teams: number;
  retros: number;
}

export interface SeedPlan {
  name: string;
  /** Retros of the big team; 0 for none. */
  bigTeamRetros: number;
  /** Teams besides the big one, with SMALL_TEAM_RETROS retros each. */
  smallTeams: number;
}

/** The workspaces the benchmark reads: the main one and the two scaling series. */
export const PLANS = {
  main: { name: 'main', bigTeamRetros: 500, smallTeams: 199 },
  retros50: { name: 'retros-50', bigTeamRetros: 50, smallTeams: 0 },
  retros500: { name: 'retros-500', bigTeamRetros: 500, smallTeams: 0 },
  retros5000: { name: 'retros-5000', bigTeamRetros: 5000, smallTeams: 0 },
  teams20: { name: 'teams-20', bigTeamRetros: 0, smallTeams: 20 },
  teams200: { name: 'teams-200', bigTeamRetros: 0, smallTeams: 200 },
  teams2000: { name: 'teams-2000', bigTeamRetros: 0, smallTeams: 2000 },
} satisfies Record<string, SeedPlan>;

function call<T>(ws: Workspace, method: string, input: unknown): T {
  const envelope = ws.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** Retro dates up to 2026: weekly for a few hundred, daily for thousands. */
function dateOf(index: number, count: number): string {
  const step = count > 600 ? 1 : 7;
  const last = Date.UTC(2026, 0, 5);
  return new Date(last - (count - 1 - index) * step * 86_400_000).toISOString().slice(0, 10);
}

type OpenItem = { kind: 'action' | 'commitment'; id: string };

/**
 * A team with `count` closed retros: check-in, pulse and ROTI tallies, cards, a kudos, two
 * actions and a commitment, and a review of everything still open from the retros before.
 */
function seedTeam(ws: Workspace, name: string, count: number): { teamId: string; last: string } {
  const team = call<{ id: string }>(ws, 'teams.create', {
    name,
    members: ['Ana', 'Ben', 'Chioma', 'Dev', 'Emil', 'Fay'],
  });
  let open: OpenItem[] = [];
  let last = '';
  ws.db.transaction(() => {
    for (let index = 0; index < count; index++) {
      const sessionId = call<{ id: string }>(ws, 'sessions.create', {
        teamId: team.id,
        title: `Retro ${index + 1}`,
        date: dateOf(index, count),
      }).id;
      last = sessionId;
      call(ws, 'participants.set', { sessionId, mode: 'anonymous', count: PEOPLE });
      open = open.filter((item, n) => {
        const status = (['done', 'done', 'in_progress', 'dropped'] as const)[(index + n) % 4];
        call(ws, 'review.mark', { sessionId, kind: item.kind, id: item.id, status, note: '' });
        return status === 'in_progress';
      });
      PRACTICE_IDS.forEach((practiceId, p) => {
        const counts = [0, 1, 2, 3, 4].map(
          (score) =>
            Array.from({ length: PEOPLE }, (_, person) => (index + p + person) % 5).filter(
              (given) => given === score,
            ).length,
        );
        call(ws, 'pulse.setTally', { sessionId, practiceId, counts });
      });
      call(ws, 'roti.setTally', { sessionId, counts: [0, 1, 2, 2, 1] });
      for (let c = 0; c < 3; c++) {
        call(ws, 'cards.add', {
          sessionId,
          practiceId: PRACTICE_IDS[(index + c) % 4],
          kind: c % 2 ? 'to_improve' : 'went_well',
          text: `Card ${c + 1} of retro ${index + 1}: we paired on the release checklist`,
        });
      }
      call(ws, 'kudos.add', { sessionId, act: 'Stepped up', who: 'Ana', outcome: 'worked' });
      for (let n = 0; n < 2; n++) {
        const id = call<{ id: string }>(ws, 'actions.add', {
          sessionId,
          title: `Action ${n + 1} of retro ${index + 1}`,
          owner: 'Ben',
          dueDate: null,
          practiceId: PRACTICE_IDS[(index + n) % 4],
          circle: 'control',
          item: null,
        }).id;
        open.push({ kind: 'action', id });
      }
      const commitment = call<{ id: string }>(ws, 'commitments.add', {
        sessionId,
        participantId: null,
        person: 'Chioma',
        text: 'Ask before assuming',
      });
      open.push({ kind: 'commitment', id: commitment.id });
      call(ws, 'sessions.close', { sessionId });
    }
  })();
  return { teamId: team.id, last };
}

const smallTeamName = (index: number) => `Team ${String(index + 1).padStart(4, '0')}`;

/**
 * Small teams: the first through the services, the others imported from its export under their
 * own names (far quicker than replaying every retro, and the same rows).
 */
function copyTeams(ws: Workspace, count: number): void {
  const { teamId } = seedTeam(ws, smallTeamName(0), SMALL_TEAM_RETROS);
  const exported = call<{ document: string }>(ws, 'data.exportTeam', { teamId });
  const document = JSON.parse(exported.document) as { teams: { name: string }[] };
  const [team] = document.teams;
  if (!team) throw new Error('The export holds no team.');
  for (let index = 1; index < count; index++) {
    team.name = smallTeamName(index);
    call(ws, 'data.import', { document: JSON.stringify(document) });
  }
}

async function build(plan: SeedPlan, dir: string): Promise<Seeded> {
  const ws = await openWorkspace({ dataDir: dir, mode: 'browser', version: 'bench' });
  try {
    let big: { teamId: string; last: string } | null = null;
    if (plan.bigTeamRetros > 0) big = seedTeam(ws, 'Big team', plan.bigTeamRetros);
    if (plan.smallTeams > 0) copyTeams(ws, plan.smallTeams);
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      bigTeamId: big?.teamId ?? null,
      bigTeamName: big ? 'Big team' : null,
      latestSessionId: big?.last ?? null,
      teams: plan.smallTeams + (big ? 1 : 0),
      retros: plan.bigTeamRetros + plan.smallTeams * SMALL_TEAM_RETROS,
    };
  } finally {
    ws.close();
  }
}

/** The cached workspace for a plan, seeded on first use (minutes for the largest). */
export async function seeded(plan: SeedPlan): Promise<{ dir: string; seed: Seeded }> {
  const dir = join(CACHE, `seed-v${SEED_VERSION}`, plan.name);
  const metaFile = join(dir, 'seed.json');
  if (!existsSync(metaFile)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const started = performance.now();
    const seed = await build(plan, dir);
    writeFileSync(metaFile, JSON.stringify(seed));
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(`Seeded ${plan.name}: ${seed.teams} teams, ${seed.retros} retros in ${seconds} s`);
  }
  // A newer schema migrates the cached file once, here, rather than in every run.
  const db = await openDatabase(dir);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  rmSync(join(dir, 'backups'), { recursive: true, force: true });
  return { dir, seed: JSON.parse(readFileSync(metaFile, 'utf8')) as Seeded };
}

/** A throwaway copy of a cached workspace to run against. */
export function copyOf(cacheDir: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'threadline-bench-'));
  copyFileSync(join(cacheDir, DATABASE), join(dir, DATABASE));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
