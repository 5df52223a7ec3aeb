import { SAMPLE_TEAM_NAME } from '@shared/dashboard';
import { PRACTICE_IDS } from '@shared/practices';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, ok, refused } from '../test/dispatch-helpers';
import { tempWorkspace } from '../test/temp-workspace';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;

beforeEach(async () => {
  ws = await tempWorkspace();
});
afterEach(() => ws.dispose());

/** Row counts of every table, so a removal can be checked against what was there before. */
function tableCounts(): Record<string, number> {
  const tables = ws.db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table'
       AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((table) => [table, count(ws, table)]));
}

describe('sample team', () => {
  it('loads a marked sample team with at least ten closed, fully rated sessions', () => {
    const team = ok(ws, 'sample.load', {});
    expect(team).toMatchObject({ name: SAMPLE_TEAM_NAME, isSample: true, archived: false });
    expect(team.members.length).toBeGreaterThanOrEqual(5);
    expect(ok(ws, 'teams.list', {}).find((t) => t.id === team.id)?.isSample).toBe(true);

    const sessions = ok(ws, 'sessions.list', { teamId: team.id });
    expect(sessions.length).toBeGreaterThanOrEqual(10);
    expect(sessions.every((s) => s.status === 'closed')).toBe(true);
    const dates = sessions.map((s) => s.date).sort();
    const spanDays = (Date.parse(dates.at(-1) ?? '') - Date.parse(dates[0] ?? '')) / 86_400_000;
    expect(spanDays).toBeGreaterThanOrEqual(150);

    const unrated = ws.db
      .prepare(
        `SELECT COUNT(*) FROM sessions s WHERE s.team_id = ? AND (
           SELECT COUNT(DISTINCT practice_id) FROM pulse_ratings r WHERE r.session_id = s.id) < ?`,
      )
      .pluck()
      .get(team.id, PRACTICE_IDS.length);
    expect(unrated).toBe(0);
    for (const session of sessions) {
      expect(session.participantCount).toBeGreaterThanOrEqual(5);
      expect(session.participantCount).toBeLessThanOrEqual(7);
      const perPractice = ws.db
        .prepare('SELECT COUNT(*) FROM pulse_ratings WHERE session_id = ? GROUP BY practice_id')
        .pluck()
        .all(session.id);
      expect(perPractice).toEqual(PRACTICE_IDS.map(() => session.participantCount));
      expect(count(ws, 'roti_ratings', 'session_id = ?', session.id)).toBe(
        session.participantCount,
      );
    }
  });

  it('holds every part of a retro: cards, groups, votes, kudos, follow-ups and reviews', () => {
    const team = ok(ws, 'sample.load', {});
    const inTeam = 'session_id IN (SELECT id FROM sessions WHERE team_id = ?)';
    expect(count(ws, 'cards', inTeam, team.id)).toBeGreaterThan(30);
    expect(count(ws, 'card_groups', inTeam, team.id)).toBeGreaterThanOrEqual(10);
    expect(count(ws, 'votes', inTeam, team.id)).toBeGreaterThan(30);
    expect(count(ws, 'kudos', `${inTeam} AND outcome = 'did_not_work'`, team.id)).toBeGreaterThan(
      0,
    );
    expect(count(ws, 'actions', 'team_id = ? AND due_date IS NOT NULL', team.id)).toBeGreaterThan(
      20,
    );
    expect(count(ws, 'commitments', 'team_id = ?', team.id)).toBeGreaterThan(10);
    const practices = ws.db
      .prepare('SELECT DISTINCT practice_id FROM actions WHERE team_id = ? ORDER BY 1')
      .pluck()
      .all(team.id);
    expect(practices).toEqual([...PRACTICE_IDS].sort());
    const verdicts = ws.db
      .prepare(`SELECT DISTINCT status FROM reviews WHERE ${inTeam} ORDER BY 1`)
      .pluck()
      .all(team.id);
    expect(verdicts).toEqual(['done', 'dropped', 'in_progress']);
    // Votes respect the session's dots; actions never link to a concern.
    const overspent = ws.db
      .prepare(
        `SELECT COUNT(*) FROM sessions s WHERE s.team_id = ? AND (
           SELECT SUM(dots) FROM votes v WHERE v.session_id = s.id) >
           s.dots_per_participant * (SELECT COUNT(*) FROM participants p WHERE p.session_id = s.id)`,
      )
      .pluck()
      .get(team.id);
    expect(overspent).toBe(0);
    expect(count(ws, 'cards', "circle = 'concern' AND id IN (SELECT card_id FROM actions)")).toBe(
      0,
    );
  });

  it('keeps each follow-up status equal to its latest review', () => {
    const team = ok(ws, 'sample.load', {});
    const mismatched = ws.db
      .prepare(
        `SELECT COUNT(*) FROM actions a WHERE a.team_id = ? AND a.status <> COALESCE((
           SELECT r.status FROM reviews r JOIN sessions s ON s.id = r.session_id
           WHERE r.action_id = a.id ORDER BY s.date DESC LIMIT 1), 'open')`,
      )
      .pluck()
      .get(team.id);
    expect(mismatched).toBe(0);
  });

  it('shows real movement: influence climbs, information dips and recovers, humility sinks', () => {
    const team = ok(ws, 'sample.load', {});
    const dashboard = ok(ws, 'dashboard.team', { teamId: team.id });
    const means = (practiceId: string) =>
      dashboard.sessions.map((s) => s.pulse.find((p) => p.practiceId === practiceId)?.mean ?? 0);
    const influence = means('influence-not-control');
    expect(influence.at(-1) ?? 0).toBeGreaterThan((influence[0] ?? 0) + 1);
    const information = means('share-information');
    const lowest = Math.min(...information);
    expect(lowest).toBeLessThan((information[0] ?? 0) - 0.5);
    const recovered = Math.max(...information.slice(information.indexOf(lowest)));
    expect(recovered).toBeGreaterThan(lowest + 1);
    // Humility climbs first, then ends as the lowest of the four.
    const humility = means('model-humility');
    expect(Math.max(...humility)).toBeGreaterThan((humility[0] ?? 0) + 0.5);
    const latest = dashboard.sessions.at(-1)?.pulse.map((p) => p.mean ?? 0) ?? [];
    expect(humility.at(-1)).toBe(Math.min(...latest));
    expect(dashboard.totals.followThrough.rate).not.toBeNull();
  });

  it('is the same history on every load', () => {
    const summary = () => {
      const team = ok(ws, 'sample.load', {});
      const dashboard = ok(ws, 'dashboard.team', { teamId: team.id });
      ok(ws, 'sample.remove', {});
      return dashboard.sessions.map(({ id: _id, ...rest }) => rest);
    };
    expect(summary()).toEqual(summary());
  });

  it('refuses a second load, even while the first is archived, and stores nothing', () => {
    const team = ok(ws, 'sample.load', {});
    const before = tableCounts();
    expect(refused(ws, 'sample.load', {})).toMatchObject({ code: 'conflict' });
    ok(ws, 'teams.setArchived', { teamId: team.id, archived: true });
    const error = refused(ws, 'sample.load', {});
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Remove it first');
    expect(tableCounts()).toEqual(before);
  });

  it('refuses to load over a real team that already has the sample name', () => {
    ok(ws, 'teams.create', { name: SAMPLE_TEAM_NAME });
    expect(refused(ws, 'sample.load', {})).toMatchObject({ code: 'conflict' });
    expect(count(ws, 'sessions')).toBe(0);
  });

  it('removes the sample team and every row under it, leaving other teams untouched', () => {
    const real = ok(ws, 'teams.create', { name: 'Checkout', members: ['Ana'] });
    const session = ok(ws, 'sessions.create', { teamId: real.id, title: 'Retro 1' });
    ok(ws, 'participants.set', { sessionId: session.id, mode: 'anonymous', count: 3 });
    ok(ws, 'kudos.add', { sessionId: session.id, act: 'Fixed CI', who: 'Ana', outcome: 'worked' });
    const before = tableCounts();

    const sample = ok(ws, 'sample.load', {});
    expect(ok(ws, 'sample.remove', {})).toEqual({ teamId: sample.id });
    expect(tableCounts()).toEqual(before);
    expect(ok(ws, 'teams.get', { teamId: real.id }).name).toBe('Checkout');
    // It can be loaded again afterwards.
    expect(ok(ws, 'sample.load', {}).isSample).toBe(true);
  });

  it('says so when there is no sample team to remove', () => {
    expect(refused(ws, 'sample.remove', {})).toMatchObject({ code: 'not_found' });
  });
});
