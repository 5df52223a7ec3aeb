import { conflict } from '@shared/errors';
import type { OwnCard } from '@shared/participant-view';
import type { RoomStage } from '@shared/room';
import { MAX_PARTICIPANTS } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import type { ParticipantRow } from '../db/rows';
import { nameKey, newId } from './ids';
import { openSessionRow } from './session-guards';
import { prepared } from './writers/prepared';
import { insertCheckInWord, saveParticipant } from './writers/sessions';

// What the room stores for people on their own devices. Nothing here names a device: the room
// keeps which device is which participant in memory only, and forgets it when it stops.

/**
 * Checks a device's person in: a name that is on the facilitator's list is that person (unless
 * another device already is); any other name, or none, adds a participant who joined from the
 * room. The one-word check-in is stored apart, so it names nobody.
 */
export function checkInFromDevice(
  db: Database,
  sessionId: string,
  name: string,
  word: string,
  takenByDevices: ReadonlySet<string>,
): string {
  const session = openSessionRow(db, sessionId);
  const people = db
    .prepare('SELECT * FROM participants WHERE session_id = ? ORDER BY position')
    .all(session.id) as ParticipantRow[];
  let participantId: string;
  const same = name === '' ? undefined : people.find((p) => nameKey(p.label) === nameKey(name));
  if (same) {
    if (takenByDevices.has(same.id)) {
      throw conflict(
        `Someone has already joined as ${same.label}. Add a letter to tell you apart, or leave the name empty.`,
        'name',
      );
    }
    participantId = same.id;
  } else {
    if (people.length >= MAX_PARTICIPANTS) {
      throw conflict(`This retro already has ${MAX_PARTICIPANTS} people, the most it can take.`);
    }
    const labels = new Set(people.map((p) => nameKey(p.label)));
    let guest = 1;
    while (labels.has(nameKey(`Guest ${guest}`))) guest++;
    const member =
      name === ''
        ? undefined
        : (db
            .prepare('SELECT id FROM team_members WHERE team_id = ? AND name_key = ?')
            .pluck()
            .get(session.team_id, nameKey(name)) as string | undefined);
    participantId = newId();
    saveParticipant(db, {
      id: participantId,
      session_id: session.id,
      label: name === '' ? `Guest ${guest}` : name,
      member_id: member ?? null,
      check_in: null,
      position: people.length,
      via: 'room',
    });
  }
  if (word !== '') insertCheckInWord(db, { id: newId(), session_id: session.id, word });
  return participantId;
}

export function participantLabel(db: Database, participantId: string): string | null {
  return (
    (db.prepare('SELECT label FROM participants WHERE id = ?').pluck().get(participantId) as
      | string
      | undefined) ?? null
  );
}

/** Which rounds a participant has entered, and their commitment: never the values. */
export function entriesOf(db: Database, sessionId: string, participantId: string) {
  const rounds = new Set(
    db
      .prepare('SELECT round FROM submissions WHERE session_id = ? AND participant_id = ?')
      .pluck()
      .all(sessionId, participantId) as string[],
  );
  const commitment = db
    .prepare('SELECT text FROM commitments WHERE session_id = ? AND participant_id = ?')
    .pluck()
    .get(sessionId, participantId) as string | undefined;
  return {
    entered: { pulse: rounds.has('pulse'), votes: rounds.has('votes'), roti: rounds.has('roti') },
    commitment: commitment ?? null,
  };
}

/** Of the cards a device wrote, those still hidden: the ones it may see, change and delete. */
export function hiddenCards(
  db: Database,
  sessionId: string,
  cardIds: readonly string[],
): OwnCard[] {
  if (cardIds.length === 0) return [];
  const marks = cardIds.map(() => '?').join(', ');
  return db
    .prepare(
      `SELECT id, practice_id AS practiceId, kind, text FROM cards
       WHERE session_id = ? AND hidden = 1 AND id IN (${marks}) ORDER BY created_at, rowid`,
    )
    .all(sessionId, ...cardIds) as OwnCard[];
}

/** Per stage, how many of these participants (the room's devices) have submitted something. */
export function submittedCounts(
  db: Database,
  sessionId: string,
  participantIds: readonly string[],
  wroteCards: number,
): Record<RoomStage, number> {
  const inRound = (round: string) => {
    if (participantIds.length === 0) return 0;
    const marks = participantIds.map(() => '?').join(', ');
    return db
      .prepare(
        `SELECT COUNT(*) FROM submissions
         WHERE session_id = ? AND round = ? AND participant_id IN (${marks})`,
      )
      .pluck()
      .get(sessionId, round, ...participantIds) as number;
  };
  const committed =
    participantIds.length === 0
      ? 0
      : (db
          .prepare(
            `SELECT COUNT(*) FROM commitments WHERE session_id = ?
             AND participant_id IN (${participantIds.map(() => '?').join(', ')})`,
          )
          .pluck()
          .get(sessionId, ...participantIds) as number);
  return {
    'check-in': participantIds.length,
    pulse: inRound('pulse'),
    reflect: wroteCards,
    'group-vote': inRound('votes'),
    act: committed,
    close: inRound('roti'),
  };
}

/** The session a card belongs to and whether it is still hidden. */
export function cardState(
  db: Database,
  cardId: string,
): { sessionId: string; hidden: boolean } | null {
  const row = db
    .prepare('SELECT session_id AS sessionId, hidden FROM cards WHERE id = ?')
    .get(cardId) as { sessionId: string; hidden: number } | undefined;
  return row ? { sessionId: row.sessionId, hidden: row.hidden === 1 } : null;
}

export function sessionIsOpen(db: Database, sessionId: string): boolean {
  return (
    prepared(db, "SELECT 1 FROM sessions WHERE id = ? AND status = 'in_progress'").get(
      sessionId,
    ) !== undefined
  );
}
