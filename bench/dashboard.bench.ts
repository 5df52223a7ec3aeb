// Figures, not assertions: how long the dashboard and insights queries take on a long history.
// Run with `npm run bench`.
import { afterAll, bench, describe } from 'vitest';
import { ok } from '../src/main/test/dispatch-helpers';
import { tempWorkspace } from '../src/main/test/temp-workspace';
import { PRACTICE_IDS } from '../src/shared/practices';

const BIG_TEAM_SESSIONS = 500;
const OTHER_TEAMS = 19;
const OTHER_TEAM_SESSIONS = 25;
const PEOPLE = 5;

const ws = await tempWorkspace();
afterAll(() => ws.dispose());

function dateOf(index: number): string {
  return new Date(Date.UTC(2017, 0, 2) + index * 7 * 86_400_000).toISOString().slice(0, 10);
}

/** A team with weekly retros through the real services: ratings, kudos, actions and reviews. */
function buildTeam(name: string, sessions: number): string {
  const team = ok(ws, 'teams.create', { name });
  let open: string[] = [];
  ws.db.transaction(() => {
    for (let index = 0; index < sessions; index++) {
      const sessionId = ok(ws, 'sessions.create', {
        teamId: team.id,
        title: `Retro ${index + 1}`,
        date: dateOf(index),
      }).id;
      ok(ws, 'participants.set', { sessionId, mode: 'anonymous', count: PEOPLE });
      for (const review of open) {
        const status = (['done', 'in_progress', 'dropped'] as const)[(index + review.length) % 3];
        ok(ws, 'review.mark', { sessionId, kind: 'action', id: review, status, note: '' });
      }
      PRACTICE_IDS.forEach((practiceId, p) => {
        const counts = [0, 1, 2, 3, 4].map(
          (score) =>
            Array.from({ length: PEOPLE }, (_, person) => (index + p + person) % 5).filter(
              (given) => given === score,
            ).length,
        );
        ok(ws, 'pulse.setTally', { sessionId, practiceId, counts });
      });
      ok(ws, 'roti.setTally', { sessionId, counts: [0, 1, 2, 1, 1] });
      ok(ws, 'kudos.add', { sessionId, act: 'Stepped up', who: 'Ana', outcome: 'worked' });
      open = [0, 1].map(
        (n) =>
          ok(ws, 'actions.add', {
            sessionId,
            title: `Action ${n + 1}`,
            owner: 'Ana',
            dueDate: null,
            practiceId: PRACTICE_IDS[(index + n) % PRACTICE_IDS.length],
            circle: 'control',
            item: null,
          }).id,
      );
      ok(ws, 'commitments.add', { sessionId, participantId: null, person: 'Ben', text: 'Pair' });
      ok(ws, 'sessions.close', { sessionId });
    }
  })();
  return team.id;
}

const started = performance.now();
const bigTeam = buildTeam('Big team', BIG_TEAM_SESSIONS);
for (let t = 0; t < OTHER_TEAMS; t++) buildTeam(`Team ${t + 1}`, OTHER_TEAM_SESSIONS);
console.log(
  `Built ${BIG_TEAM_SESSIONS + OTHER_TEAMS * OTHER_TEAM_SESSIONS} sessions in ${Math.round(performance.now() - started)} ms`,
);

describe(`dashboard on a team with ${BIG_TEAM_SESSIONS} sessions`, () => {
  bench('dashboard.team, all sessions', () => {
    ok(ws, 'dashboard.team', { teamId: bigTeam });
  });
  bench('dashboard.team, last 12 sessions', () => {
    ok(ws, 'dashboard.team', { teamId: bigTeam, lastN: 12 });
  });
  bench('dashboard.team, one year by date', () => {
    ok(ws, 'dashboard.team', { teamId: bigTeam, from: '2020-01-01', to: '2020-12-31' });
  });
  bench(`dashboard.overview, ${OTHER_TEAMS + 1} teams`, () => {
    ok(ws, 'dashboard.overview', {});
  });
});

const latestSession = ok(ws, 'sessions.list', { teamId: bigTeam })[0]?.id;

describe(`insights on a team with ${BIG_TEAM_SESSIONS} sessions`, () => {
  bench('insights.team', () => {
    ok(ws, 'insights.team', { teamId: bigTeam });
  });
  bench('insights.session (its Close stage)', () => {
    ok(ws, 'insights.session', { sessionId: latestSession });
  });
  bench('sessions.get (with its suggested focus)', () => {
    ok(ws, 'sessions.get', { sessionId: latestSession });
  });
  bench(`insights.overview, ${OTHER_TEAMS + 1} teams`, () => {
    ok(ws, 'insights.overview', {});
  });
});
