import type { ParsedInput } from '@shared/contract';
import { conflict, invalidInput } from '@shared/errors';
import { MAX_PARTICIPANTS } from '@shared/sessions';
import type { Database } from 'better-sqlite3';
import type { ParticipantRow, SessionRow } from '../db/rows';
import { nameKey, newId } from './ids';
import { assertVotesFit, openSessionRow } from './session-guards';
import { saveParticipant } from './writers/sessions';

/** Ratings, ROTI and dots already entered must still fit the new number of people. */
function assertEntriesFit(db: Database, row: SessionRow, people: number): void {
  const mostRatings = db
    .prepare(
      'SELECT COALESCE(MAX(c), 0) FROM (SELECT COUNT(*) AS c FROM pulse_ratings WHERE session_id = ? GROUP BY practice_id)',
    )
    .pluck()
    .get(row.id) as number;
  if (mostRatings > people) {
    throw conflict(
      `${mostRatings} pulse ratings are already recorded for one practice, more than ${people} people. Lower the tally first.`,
    );
  }
  const roti = db
    .prepare('SELECT COUNT(*) FROM roti_ratings WHERE session_id = ?')
    .pluck()
    .get(row.id) as number;
  if (roti > people) {
    throw conflict(`${roti} ROTI ratings are already recorded, more than ${people} people.`);
  }
  assertVotesFit(db, row.id, people, row.dots_per_participant);
}

export function setParticipants(db: Database, input: ParsedInput<'participants.set'>): null {
  db.transaction(() => {
    const row = openSessionRow(db, input.sessionId);
    const labels =
      input.mode === 'anonymous'
        ? Array.from({ length: input.count }, (_, index) => `Participant ${index + 1}`)
        : input.names;
    const keys = labels.map(nameKey);
    if (new Set(keys).size !== keys.length) {
      throw invalidInput('Each name can be listed once.', 'names');
    }
    // People who joined from their own devices stay as they are, after the facilitator's list.
    const all = db
      .prepare('SELECT * FROM participants WHERE session_id = ? ORDER BY position')
      .all(row.id) as ParticipantRow[];
    const existing = all.filter((p) => p.via === 'console');
    const joined = all.filter((p) => p.via === 'room');
    const joinedKeys = new Set(joined.map((p) => nameKey(p.label)));
    const twice = labels.find((label) => joinedKeys.has(nameKey(label)));
    if (twice !== undefined) {
      throw invalidInput(`${twice} has already joined from their own device.`, 'names');
    }
    if (labels.length + joined.length > MAX_PARTICIPANTS) {
      throw invalidInput(
        `With ${joined.length} people on their own devices, at most ${MAX_PARTICIPANTS - joined.length} can be listed here.`,
        input.mode === 'anonymous' ? 'count' : 'names',
      );
    }
    const members = new Map(
      (
        db.prepare('SELECT id, name_key FROM team_members WHERE team_id = ?').all(row.team_id) as {
          id: string;
          name_key: string;
        }[]
      ).map((member) => [member.name_key, member.id]),
    );
    // A name listed again keeps its participant, with the check-in and entries made so far.
    const kept = new Map(existing.map((p) => [nameKey(p.label), p]));
    const keepIds = new Set<string>();
    labels.forEach((label, position) => {
      const before = kept.get(nameKey(label));
      const id = before?.id ?? newId();
      keepIds.add(id);
      saveParticipant(db, {
        id,
        session_id: row.id,
        label,
        member_id: input.mode === 'named' ? (members.get(nameKey(label)) ?? null) : null,
        check_in: before?.check_in ?? null,
        position,
        via: 'console',
      });
    });
    joined.forEach((participant, index) => {
      saveParticipant(db, { ...participant, position: labels.length + index });
    });
    const remove = db.prepare('DELETE FROM participants WHERE id = ?');
    for (const participant of existing) {
      if (!keepIds.has(participant.id)) remove.run(participant.id);
    }
    db.prepare('UPDATE sessions SET participant_mode = ? WHERE id = ?').run(input.mode, row.id);
    assertEntriesFit(db, row, labels.length + joined.length);
  })();
  return null;
}

export function checkIn(db: Database, input: ParsedInput<'participants.checkIn'>): null {
  openSessionRow(db, input.sessionId);
  const result = db
    .prepare('UPDATE participants SET check_in = ? WHERE id = ? AND session_id = ?')
    .run(input.word === '' ? null : input.word, input.participantId, input.sessionId);
  if (result.changes === 0) throw invalidInput('That participant is not part of this session.');
  return null;
}
