import { contract, METHOD_NAMES, type MethodName } from '@shared/contract';
import { PRACTICE_IDS } from '@shared/practices';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok, participantIds } from '../test/dispatch-helpers';
import { inputsFor, type Known } from '../test/schema-arbitrary';
import { sized, soakTimeout } from '../test/soak';
import { tempWorkspace } from '../test/temp-workspace';
import { checksum, done } from '../test/workspace-state';
import type { Workspace } from '../workspace';

// Every contract method, called with inputs generated from its own schema (see
// schema-arbitrary.ts) against a small workspace that has a row of every kind: nothing
// crashes, nothing answers `internal`, every input the schema refuses is refused as
// `invalid_input`, and a refused call leaves every stored row as it was.

/** A small workspace with every kind of row, and the ids (and a file) a request could name. */
async function seeded(): Promise<{ ws: Workspace & { dispose(): void }; known: Known }> {
  const ws = await tempWorkspace();
  const team = ok(ws, 'teams.create', { name: 'Checkout squad', members: ['Ana', 'Ben'] });
  const teamId = team.id;
  ok(ws, 'teams.create', { name: 'Old team' });
  const earlier = ok(ws, 'sessions.create', { teamId, title: 'Earlier', date: '2026-03-03' });
  ok(ws, 'participants.set', { sessionId: earlier.id, mode: 'anonymous', count: 3 });
  const action = ok(ws, 'actions.add', {
    sessionId: earlier.id,
    title: 'Write the runbook',
    owner: 'Ana',
    dueDate: null,
    practiceId: 'share-information',
    circle: 'control',
    item: null,
  });
  ok(ws, 'sessions.close', { sessionId: earlier.id });

  const session = ok(ws, 'sessions.create', { teamId, title: 'Now', date: '2026-03-17' });
  const sessionId = session.id;
  ok(ws, 'participants.set', { sessionId, mode: 'named', names: ['Ana', 'Ben', 'Dana'] });
  const [ana] = participantIds(ws, sessionId);
  ok(ws, 'pulse.submit', {
    sessionId,
    participantId: ana,
    ratings: Object.fromEntries(PRACTICE_IDS.map((id) => [id, 4])),
  });
  const card = (text: string) =>
    ok(ws, 'cards.add', { sessionId, practiceId: 'model-humility', kind: 'went_well', text });
  const [a, b, c] = [card('One'), card('Two'), card('Three')];
  const group = ok(ws, 'groups.create', { sessionId, title: 'Pair', cardIds: [a.id, b.id] });
  ok(ws, 'votes.setTally', { sessionId, item: { kind: 'card', id: c.id }, dots: 2 });
  ok(ws, 'kudos.add', { sessionId, act: 'Fixed the build', who: 'Ben', outcome: 'worked' });
  ok(ws, 'commitments.add', { sessionId, participantId: ana, person: 'Ana', text: 'Pair weekly' });
  ok(ws, 'review.mark', { sessionId, kind: 'action', id: action.id, status: 'done', note: '' });
  const backup = await done(ws, 'backups.create', {});
  const template = ok(ws, 'templates.get', { teamId });

  const ids = (table: string) => ws.db.prepare(`SELECT id FROM ${table}`).pluck().all();
  const cards = ids('cards');
  const groups = [group.id];
  const known: Known = {
    teamId: ids('teams'),
    memberId: ids('team_members'),
    sessionId: ids('sessions'),
    participantId: ids('participants'),
    cardId: cards,
    cardIds: [cards.slice(0, 2), cards.slice(1)],
    'cardIds[]': cards,
    groupId: groups,
    kudosId: ids('kudos'),
    actionId: ids('actions'),
    commitmentId: ids('commitments'),
    id: [...ids('actions'), ...ids('commitments'), ...cards, ...groups],
    backupId: [backup.id],
    document: [ok(ws, 'data.exportTeam', { teamId }).document],
    stages: [template.stages],
    prompts: [template.prompts],
  };
  return { ws, known };
}

async function fuzz(method: MethodName, runs: number): Promise<void> {
  const { ws, known } = await seeded();
  const schema = contract[method].input;
  try {
    await fc.assert(
      fc.asyncProperty(inputsFor(schema, known), async (input) => {
        const valid = schema.safeParse(input ?? {}).success;
        const before = checksum(ws.db);
        const envelope = await ws.call(method, input);
        if (envelope.ok) return;
        const { code, message } = envelope.error;
        expect(code, message).not.toBe('internal');
        expect(message.length).toBeGreaterThan(0);
        expect(checksum(ws.db), `${method} refused (${code}) but changed stored rows`).toBe(before);
        if (!valid) expect(code).toBe('invalid_input');
      }),
      { numRuns: runs },
    );
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(ws.db.pragma('foreign_key_check')).toEqual([]);
  } finally {
    ws.dispose();
  }
}

describe('every contract method with generated inputs', () => {
  it(
    'never crashes, never answers internal, refuses invalid input as such and stores nothing when it refuses',
    async () => {
      for (const method of METHOD_NAMES) await fuzz(method, sized(40, 1000));
    },
    soakTimeout(240_000, 3_600_000),
  );
});
