import type { MethodName, MethodResult } from '@shared/contract';
import { PRACTICE_IDS } from '@shared/practices';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok } from '../../test/dispatch-helpers';
import { withoutIds } from '../../test/export-shape';
import { sized, soakTimeout } from '../../test/soak';
import { tempWorkspace } from '../../test/temp-workspace';
import type { Workspace } from '../../workspace';

// Text as people and programs really send it: letters, emoji, markup, quotes, and the characters
// that are not text (control characters, lone surrogates) that once made exports unimportable.
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  fc.constantFrom('\u0000', '\u0007', '\t', '\n', '\r', '\u001b', '\u007f', '\ud800', '\udfff'),
  fc.constantFrom(' ', '<', '>', '&', '"', '\\', '\u2028', '\ufeff', 'é', 'e\u0301'),
);
const text = (maxLength: number) => fc.string({ unit, maxLength });

const scenario = fc.record({
  team: text(80),
  members: fc.array(text(20), { maxLength: 4 }),
  prompt: text(60),
  title: text(60),
  names: fc.array(text(20), { minLength: 1, maxLength: 3 }),
  checkIn: text(40),
  cards: fc.array(text(120), { minLength: 2, maxLength: 3 }),
  group: text(60),
  kudos: fc.tuple(text(120), text(40)),
  action: fc.tuple(text(120), text(40)),
  commitment: fc.tuple(text(40), text(120)),
  notes: text(300),
  summary: text(300),
  reviewNote: text(120),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** Calls a method; a typed refusal (say, text that is empty once cleaned) is fine, a crash is not. */
function attempt<M extends MethodName>(
  ws: Workspace,
  method: M,
  input: unknown,
): MethodResult<M> | null {
  const envelope = ws.dispatch(method, input);
  if (envelope.ok) return envelope.value as MethodResult<M>;
  expect(envelope.error.code, `${method}: ${envelope.error.message}`).not.toBe('internal');
  return null;
}

/** Every free-text field the app stores, each written through the API with the given text. */
function build(ws: Workspace, s: Scenario): void {
  const team =
    attempt(ws, 'teams.create', { name: s.team, members: s.members }) ??
    ok(ws, 'teams.create', { name: `Team ${s.team}`.slice(0, 80) || 'Team', members: [] });
  const teamId = team.id;
  const template = ok(ws, 'templates.get', { teamId });
  const prompts = Object.fromEntries(
    PRACTICE_IDS.map((id) => [id, { wentWell: [s.prompt], toImprove: [`${s.prompt}?`] }]),
  );
  attempt(ws, 'templates.update', { ...template, prompts });

  const first = ok(ws, 'sessions.create', { teamId, title: 'First', date: '2026-03-03' });
  const sessionId = first.id;
  attempt(ws, 'sessions.update', { sessionId, title: s.title });
  attempt(ws, 'participants.set', { sessionId, mode: 'named', names: s.names }) ??
    ok(ws, 'participants.set', { sessionId, mode: 'named', names: ['Ana'] });
  const people = ok(ws, 'sessions.get', { sessionId }).participants;
  attempt(ws, 'participants.checkIn', {
    sessionId,
    participantId: people[0]?.id,
    word: s.checkIn,
  });
  const cards = s.cards
    .map((cardText) =>
      attempt(ws, 'cards.add', {
        sessionId,
        practiceId: 'model-humility',
        kind: 'went_well',
        text: cardText,
      }),
    )
    .filter((card) => card !== null);
  if (cards.length >= 2) {
    attempt(ws, 'groups.create', {
      sessionId,
      title: s.group,
      cardIds: cards.map((card) => card.id),
    });
  }
  attempt(ws, 'kudos.add', { sessionId, act: s.kudos[0], who: s.kudos[1], outcome: 'partly' });
  const action = attempt(ws, 'actions.add', {
    sessionId,
    title: s.action[0],
    owner: s.action[1],
    dueDate: null,
    practiceId: 'share-information',
    circle: 'control',
    item: null,
  });
  attempt(ws, 'commitments.add', {
    sessionId,
    participantId: null,
    person: s.commitment[0],
    text: s.commitment[1],
  });
  attempt(ws, 'sessions.update', { sessionId, notes: s.notes, summary: s.summary });
  ok(ws, 'sessions.close', { sessionId });

  if (action) {
    const second = ok(ws, 'sessions.create', { teamId, title: 'Second', date: '2026-03-17' });
    attempt(ws, 'review.mark', {
      sessionId: second.id,
      kind: 'action',
      id: action.id,
      status: 'dropped',
      note: s.reviewNote,
    });
  }
}

describe('export and import', () => {
  it(
    'imports back identically any workspace the API can produce',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async (s) => {
          const source = await tempWorkspace();
          const target = await tempWorkspace();
          try {
            build(source, s);
            const file = ok(source, 'data.exportWorkspace', { includeNotes: true }).document;
            const imported = target.dispatch('data.import', { document: file });
            if (!imported.ok) throw new Error(`The export was refused: ${imported.error.message}`);
            const again = ok(target, 'data.exportWorkspace', { includeNotes: true }).document;
            expect(withoutIds(again)).toEqual(withoutIds(file));
          } finally {
            source.dispose();
            target.dispose();
          }
        }),
        { numRuns: sized(20, 400) },
      );
    },
    soakTimeout(60_000, 1_800_000),
  );
});
