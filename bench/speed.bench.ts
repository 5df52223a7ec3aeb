// `npm run bench`: the speed figures of issue 12 beside their goals, medians over BENCH_RUNS runs
// (3 unless set), and how the console, the dashboard and the overview scale with history.
// It prints; it never fails on a slow machine. A section alone: `npm run bench -- -g overview`.
import { test } from '@playwright/test';
import { cardWrite, openApi, openRetro, timeQuery } from './api-figures';
import { startApp } from './app';
import {
  consoleActions,
  dashboard,
  homeScript,
  homeShown,
  openRetro as openRetroOverHttp,
  overview,
  sessionPdf,
  teamPage,
} from './browser-figures';
import { copyOf, PLANS, type Seeded, type SeedPlan, seeded } from './seed';
import { median, ms, p95, table } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Each figure's value per run; printed as the median of runs. */
const runs = new Map<string, number[]>();
function record(figure: string, value: number): void {
  runs.set(figure, [...(runs.get(figure) ?? []), value]);
}
const figure = (name: string) => median(runs.get(name) ?? []);

async function workspace(plan: SeedPlan): Promise<{ dir: string; seed: Seeded }> {
  return seeded(plan);
}

function bigTeam(seed: Seeded): { id: string; name: string; latest: string } {
  if (!seed.bigTeamId || !seed.bigTeamName || !seed.latestSessionId) {
    throw new Error('This workspace has no big team.');
  }
  return { id: seed.bigTeamId, name: seed.bigTeamName, latest: seed.latestSessionId };
}

test.describe.configure({ mode: 'serial' });

test('seed the workspaces (cached)', async () => {
  for (const plan of Object.values(PLANS)) await workspace(plan);
});

test('main process: services on a long history', async () => {
  for (const plan of [PLANS.retros50, PLANS.retros500, PLANS.retros5000, PLANS.main]) {
    const { dir, seed } = await workspace(plan);
    const team = bigTeam(seed);
    for (let run = 0; run < RUNS; run++) {
      const copy = copyOf(dir);
      const api = await openApi(copy.dir);
      const retro = openRetro(api, team.id);
      const at = `${plan.name}:`;
      record(`${at}sessions.get`, timeQuery(api, 'sessions.get', { sessionId: retro }));
      record(
        `${at}dashboard.team last 10`,
        timeQuery(api, 'dashboard.team', { teamId: team.id, lastN: 10 }),
      );
      record(`${at}dashboard.team all`, timeQuery(api, 'dashboard.team', { teamId: team.id }, 5));
      record(`${at}insights.team`, timeQuery(api, 'insights.team', { teamId: team.id }));
      record(`${at}sessions.list`, timeQuery(api, 'sessions.list', { teamId: team.id }));
      if (plan === PLANS.main) {
        const write = await cardWrite(api, retro);
        record('cards.add service', write.service);
        record('cards.add dispatched', write.dispatched);
        record('cards.add raw', write.raw);
        record('write ratio', write.service / write.raw);
      }
      api.close();
      copy.remove();
    }
  }
  for (const plan of [PLANS.teams20, PLANS.teams200, PLANS.teams2000]) {
    const { dir } = await workspace(plan);
    for (let run = 0; run < RUNS; run++) {
      const copy = copyOf(dir);
      const api = await openApi(copy.dir);
      const at = `${plan.name}:`;
      record(`${at}teams.list`, timeQuery(api, 'teams.list', {}));
      record(`${at}dashboard.overview`, timeQuery(api, 'dashboard.overview', {}));
      record(`${at}insights.overview`, timeQuery(api, 'insights.overview', {}, 1));
      api.close();
      copy.remove();
    }
  }
});

test('browser: the 200-team workspace', async ({ browser }) => {
  const { dir, seed } = await workspace(PLANS.main);
  const team = bigTeam(seed);
  for (let run = 0; run < RUNS; run++) {
    const app = await startApp(browser, dir);
    try {
      const retro = await openRetroOverHttp(app, team.id);
      const actions = await consoleActions(app, retro, 6);
      record('console p95', p95([...actions.card, ...actions.stage, ...actions.timer]));
      record('console card', median(actions.card));
      record('console card stored', median(actions.cardStored));
      record('console stage', median(actions.stage));
      record('console timer', median(actions.timer));
      record('team page p95', p95(await teamPage(app, team.name, 8)));
      const dash = await dashboard(app, team.id, 2, true);
      record('dashboard last 10', median(dash.last10));
      record('dashboard all', median(dash.all));
      record('pdf', median(await sessionPdf(app, team.latest, 3)));
      record('home js', await homeScript(app));
    } finally {
      await app.stop();
    }
  }
});

test('browser: 50, 500 and 5,000 retros', async ({ browser }) => {
  for (const plan of [PLANS.retros50, PLANS.retros500, PLANS.retros5000]) {
    const { dir, seed } = await workspace(plan);
    const team = bigTeam(seed);
    for (let run = 0; run < RUNS; run++) {
      const app = await startApp(browser, dir);
      try {
        const retro = await openRetroOverHttp(app, team.id);
        const actions = await consoleActions(app, retro, 4);
        const at = `${plan.name}:`;
        record(`${at}console p95`, p95([...actions.card, ...actions.stage, ...actions.timer]));
        record(`${at}team page`, median(await teamPage(app, team.name, 3)));
        record(`${at}dashboard last 10`, median((await dashboard(app, team.id, 3, false)).last10));
      } finally {
        await app.stop();
      }
    }
  }
});

test('browser: 20, 200 and 2,000 teams', async ({ browser }) => {
  for (const plan of [PLANS.teams20, PLANS.teams200, PLANS.teams2000]) {
    const { dir } = await workspace(plan);
    for (let run = 0; run < RUNS; run++) {
      const app = await startApp(browser, dir);
      try {
        const at = `${plan.name}:`;
        record(`${at}home`, median(await homeShown(app, 3)));
        record(`${at}overview`, median(await overview(app, 3)));
      } finally {
        await app.stop();
      }
    }
  }
});

test.afterAll(() => {
  const kb = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} KB` : 'n/a');
  const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
  const perRun = (name: string, format: (value: number) => string = ms) =>
    (runs.get(name) ?? []).map(format).join(', ');
  const goals: [string, string, string, (value: number) => string][] = [
    [
      'console action (add card, stage change, timer), click to updated screen, p95',
      '≤ 16 ms',
      'console p95',
      ms,
    ],
    ['team page with 500 retros listed, p95', '≤ 50 ms', 'team page p95', ms],
    [
      'dashboard drawn after clicking "Dashboard" (last 10 retros)',
      '≤ 150 ms',
      'dashboard last 10',
      ms,
    ],
    ['dashboard, "All retros" for 500 retros', '≤ 300 ms', 'dashboard all', ms],
    ['overview of 2,000 teams in the browser', '≤ 300 ms', `${PLANS.teams2000.name}:overview`, ms],
    ['JS loaded for the home screen, gzip', '≤ 150 KB', 'home js', kb],
    ['session PDF, click to bytes', '≤ 1 s', 'pdf', ms],
    ['service ÷ raw SQL for a write (cards.add vs INSERT)', '≤ 1.5×', 'write ratio', times],
  ];
  const measured = goals.filter(([, , name]) => runs.has(name));
  const lines: string[] = [];
  if (measured.length > 0) {
    lines.push(
      '',
      `Speed figures: medians of ${RUNS} runs (each run's figure after them)`,
      '',
      table(
        ['figure', 'goal', 'measured', 'runs'],
        measured.map(([label, goal, name, format]) => [
          label,
          goal,
          format(figure(name)),
          perRun(name, format),
        ]),
      ),
    );
  }
  if (runs.has('console card')) {
    lines.push(
      '',
      `Console actions, median: add card ${ms(figure('console card'))} (listed as stored after ${ms(
        figure('console card stored'),
      )}), stage change ${ms(figure('console stage'))}, timer ${ms(figure('console timer'))}.`,
    );
  }
  if (runs.has('cards.add raw')) {
    lines.push(
      `cards.add per call: service ${ms(figure('cards.add service'))}, through the contract ${ms(
        figure('cards.add dispatched'),
      )}, bare INSERT ${ms(figure('cards.add raw'))}.`,
    );
  }
  const retroPlans = [PLANS.retros50, PLANS.retros500, PLANS.retros5000];
  const retroColumns: [string, string][] = [
    ['console action p95', 'console p95'],
    ['dashboard (last 10)', 'dashboard last 10'],
    ['team page', 'team page'],
    ['sessions.get', 'sessions.get'],
    ['dashboard.team last 10', 'dashboard.team last 10'],
    ['dashboard.team all', 'dashboard.team all'],
    ['insights.team', 'insights.team'],
    ['sessions.list', 'sessions.list'],
  ];
  const shown = retroColumns.filter(([, key]) =>
    retroPlans.some((p) => runs.has(`${p.name}:${key}`)),
  );
  if (shown.length > 0) {
    lines.push(
      '',
      'One team with 50, 500 and 5,000 retros (browser, then main process)',
      '',
      table(
        ['retros', ...shown.map(([label]) => label)],
        retroPlans.map((plan) => [
          plan.bigTeamRetros.toLocaleString('en'),
          ...shown.map(([, key]) => ms(figure(`${plan.name}:${key}`))),
        ]),
      ),
    );
  }
  const teamPlans = [PLANS.teams20, PLANS.teams200, PLANS.teams2000];
  const teamColumns: [string, string][] = [
    ['home screen shown', 'home'],
    ['overview', 'overview'],
    ['teams.list', 'teams.list'],
    ['dashboard.overview', 'dashboard.overview'],
    ['insights.overview', 'insights.overview'],
  ];
  const teamShown = teamColumns.filter(([, key]) =>
    teamPlans.some((p) => runs.has(`${p.name}:${key}`)),
  );
  if (teamShown.length > 0) {
    lines.push(
      '',
      '20, 200 and 2,000 teams of 10 retros each (browser, then main process)',
      '',
      table(
        ['teams', ...teamShown.map(([label]) => label)],
        teamPlans.map((plan) => [
          plan.smallTeams.toLocaleString('en'),
          ...teamShown.map(([, key]) => ms(figure(`${plan.name}:${key}`))),
        ]),
      ),
    );
  }
  console.log(lines.join('\n'));
});
