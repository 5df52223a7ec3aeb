import type { AppEvent } from '@shared/contract-changes';
import {
  PARTICIPANT_METHODS,
  type ParticipantMethod,
  participantContract,
} from '@shared/participant-contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok, sessionWith } from '../test/dispatch-helpers';
import { inputsFor, type Known } from '../test/schema-arbitrary';
import { sized, soakTimeout } from '../test/soak';
import { tempWorkspace } from '../test/temp-workspace';
import { checksum } from '../test/workspace-state';
import { ROOM_LIMITS } from './limits';
import { createParticipantDispatch } from './participant-dispatch';
import { Room } from './room';

// Every participant method, called with inputs generated from its own schema, from devices in
// every state (checked in or not): nothing crashes or answers `internal`, input the schema
// refuses is refused as `invalid_input`, a refused call stores nothing, and whatever is stored
// keeps the limits: no more ratings than people, no more dots than people × dots each.

const LIMITS = {
  ...ROOM_LIMITS,
  perDevice: 1e9,
  perAddress: 1e9,
  wrongCodesPerAddress: 1e9,
  wrongCodesToLock: 1e9,
};

async function fuzz(method: ParticipantMethod, runs: number): Promise<void> {
  const ws = await tempWorkspace();
  try {
    const { sessionId } = sessionWith(ws, 2);
    const room = new Room(sessionId, LIMITS);
    const events: AppEvent[] = [];
    const dispatch = createParticipantDispatch(ws.db, room, (e) => events.push(e));
    events.length = 0;
    const tokens = Array.from({ length: 4 }, () => room.addDevice().token);
    const send = (m: string, input: unknown, token: string | null = tokens[0] ?? null) =>
      dispatch({ method: m, token, address: '192.0.2.1', input });
    for (const [i, token] of tokens.slice(0, 3).entries()) {
      send(
        'device.checkIn',
        { key: `checkin-${i}`, name: i === 0 ? 'Ana' : '', word: 'ok' },
        token,
      );
    }
    const card = (token: string, text: string) =>
      send(
        'device.addCard',
        { key: `card-${text}-0`, practiceId: 'model-humility', kind: 'went_well', text },
        token,
      );
    card(tokens[0] as string, 'Mine');
    card(tokens[1] as string, 'Theirs');
    const shown = ok(ws, 'cards.add', {
      sessionId,
      practiceId: 'share-information',
      kind: 'to_improve',
      text: 'Revealed',
    });
    ok(ws, 'cards.revealAll', { sessionId });
    card(tokens[0] as string, 'Hidden again');
    const cardIds = ws.db.prepare('SELECT id FROM cards').pluck().all() as string[];
    const known: Known = {
      code: [room.code, room.code.toLowerCase(), 'AAAAAA'],
      cardId: cardIds,
      key: ['key-0000001', 'key-0000002', 'checkin-0'],
      id: [shown.id, ...cardIds],
    };
    const schema = participantContract[method].input;
    await fc.assert(
      fc.property(
        inputsFor(schema, known),
        fc.constantFrom(...tokens, null, 'forged-token'),
        (input, token) => {
          const valid = schema.safeParse(input ?? {}).success;
          const before = checksum(ws.db);
          const answer = send(method, input, token);
          if (answer.ok) return;
          const { code, message } = answer.error;
          expect(code, message).not.toBe('internal');
          expect(message.length).toBeGreaterThan(0);
          expect(checksum(ws.db), `${method} refused (${code}) but changed stored rows`).toBe(
            before,
          );
          const deviceKnown = token !== null && room.deviceByToken(token) !== undefined;
          if (!valid && (deviceKnown || method === 'room.join')) {
            expect(code).toBe('invalid_input');
          }
        },
      ),
      { numRuns: runs },
    );
    const people = ws.db.prepare('SELECT COUNT(*) FROM participants').pluck().get() as number;
    const most = ws.db
      .prepare(
        'SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM pulse_ratings GROUP BY practice_id)',
      )
      .pluck()
      .get() as number;
    expect(most).toBeLessThanOrEqual(people);
    const dots = ws.db.prepare('SELECT COALESCE(SUM(dots), 0) FROM votes').pluck().get() as number;
    expect(dots).toBeLessThanOrEqual(people * 3);
    const roti = ws.db.prepare('SELECT COUNT(*) FROM roti_ratings').pluck().get() as number;
    expect(roti).toBeLessThanOrEqual(people);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(ws.db.pragma('foreign_key_check')).toEqual([]);
  } finally {
    ws.dispose();
  }
}

describe('every participant method with generated inputs', () => {
  it(
    'never crashes, refuses invalid input as such, stores nothing when it refuses and keeps the limits',
    async () => {
      for (const method of PARTICIPANT_METHODS) await fuzz(method, sized(30, 1100));
    },
    soakTimeout(120_000, 3_600_000),
  );
});
