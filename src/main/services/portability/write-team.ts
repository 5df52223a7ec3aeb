import type { ExportedSession, ExportedTeam } from '@shared/portability';
import type { Database } from 'better-sqlite3';
import type { Entry, Flag, Round } from '../../db/rows';
import { newId } from '../ids';
import { insertCard, insertGroup, insertVote } from '../writers/cards';
import { insertAction, insertCommitment, insertReview } from '../writers/follow-ups';
import { insertKudos } from '../writers/kudos';
import { insertPulseRating, insertRotiRating, insertSubmission } from '../writers/ratings';
import { insertCheckInWord, insertSession, saveParticipant } from '../writers/sessions';
import { insertMember, insertTeam, saveTemplate } from '../writers/teams';

// Turns a checked export document's team into rows, through the same writers the services use.
// Every row gets a fresh id; the file's keys only tie its parts together.

function idsFor<T extends { key: string }>(items: readonly T[]): Map<string, string> {
  return new Map(items.map((item) => [item.key, newId()]));
}

/** The new id for a key the file checks guarantee exists. */
function idOf(ids: Map<string, string>, key: string): string;
function idOf(ids: Map<string, string>, key: string | null): string | null;
function idOf(ids: Map<string, string>, key: string | null): string | null {
  if (key === null) return null;
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Key ${key} was not mapped; the file checks missed it.`);
  return id;
}

const flag = (value: boolean): Flag => (value ? 1 : 0);

interface TeamIds {
  members: Map<string, string>;
  actions: Map<string, string>;
  commitments: Map<string, string>;
}

/** Writes the team and everything in it under `name`; returns the team's new id. */
export function writeTeam(
  db: Database,
  team: ExportedTeam,
  name: string,
  isSample: boolean,
): string {
  const teamId = newId();
  insertTeam(db, {
    id: teamId,
    name,
    created_at: team.createdAt,
    archived_at: team.archivedAt,
    is_sample: flag(isSample),
  });

  const members = idsFor(team.members);
  for (const member of team.members) {
    insertMember(db, {
      id: idOf(members, member.key),
      team_id: teamId,
      name: member.name,
      position: member.position,
    });
  }

  if (team.template) {
    saveTemplate(db, {
      team_id: teamId,
      stages_json: JSON.stringify(team.template.stages),
      prompts_json: JSON.stringify(team.template.prompts),
      auto_start_timer: flag(team.template.autoStartTimer),
      dots_per_participant: team.template.dotsPerParticipant,
      hide_cards_until_reveal: flag(team.template.hideCardsUntilReveal),
    });
  }

  const ids: TeamIds = {
    members,
    actions: idsFor(team.sessions.flatMap((s) => s.actions)),
    commitments: idsFor(team.sessions.flatMap((s) => s.commitments)),
  };
  const sessions = idsFor(team.sessions);
  for (const session of team.sessions) {
    writeSession(db, teamId, idOf(sessions, session.key), session, ids);
  }
  // Reviews last: they may point at follow-ups of any session of the team.
  for (const session of team.sessions) {
    for (const review of session.reviews) {
      insertReview(db, {
        id: newId(),
        session_id: idOf(sessions, session.key),
        action_id: idOf(ids.actions, review.actionKey),
        commitment_id: idOf(ids.commitments, review.commitmentKey),
        status: review.status,
        note: review.note,
        reviewed_at: review.reviewedAt,
      });
    }
  }
  return teamId;
}

function writeSession(
  db: Database,
  teamId: string,
  sessionId: string,
  session: ExportedSession,
  team: TeamIds,
): void {
  insertSession(db, {
    id: sessionId,
    team_id: teamId,
    title: session.title,
    date: session.date,
    status: session.status,
    current_stage: session.currentStage,
    stages_json: JSON.stringify(session.stages),
    participant_mode: session.participantMode,
    dots_per_participant: session.dotsPerParticipant,
    hide_cards_until_reveal: flag(session.hideCardsUntilReveal),
    auto_start_timer: flag(session.autoStartTimer),
    pulse_revealed: flag(session.pulseRevealed),
    votes_revealed: flag(session.votesRevealed),
    roti_revealed: flag(session.rotiRevealed ?? false),
    notes: session.notes ?? '',
    summary: session.summary,
    timer_stage: session.timer.stageId,
    timer_duration_ms: session.timer.durationMs,
    timer_elapsed_ms: session.timer.elapsedMs,
    timer_started_at: session.timer.startedAt,
    created_at: session.createdAt,
    closed_at: session.closedAt,
  });

  const participants = idsFor(session.participants);
  for (const p of session.participants) {
    saveParticipant(db, {
      id: idOf(participants, p.key),
      session_id: sessionId,
      label: p.label,
      member_id: idOf(team.members, p.memberKey),
      check_in: p.checkIn === '' ? null : p.checkIn,
      position: p.position,
      via: p.via ?? 'console',
    });
  }
  for (const rating of session.pulseRatings) {
    insertPulseRating(db, {
      id: newId(),
      session_id: sessionId,
      practice_id: rating.practiceId,
      score: rating.score,
      entry: entryOf(rating),
    });
  }

  const groups = idsFor(session.groups);
  for (const group of session.groups) {
    insertGroup(db, {
      id: idOf(groups, group.key),
      session_id: sessionId,
      title: group.title,
      circle: group.circle,
      created_at: group.createdAt,
    });
  }
  const cards = idsFor(session.cards);
  for (const card of session.cards) {
    insertCard(db, {
      id: idOf(cards, card.key),
      session_id: sessionId,
      practice_id: card.practiceId,
      kind: card.kind,
      text: card.text,
      hidden: flag(card.hidden),
      group_id: idOf(groups, card.groupKey),
      circle: card.circle,
      created_at: card.createdAt,
    });
  }
  for (const vote of session.votes) {
    insertVote(db, {
      id: newId(),
      session_id: sessionId,
      card_id: idOf(cards, vote.cardKey),
      group_id: idOf(groups, vote.groupKey),
      dots: vote.dots,
      entry: entryOf(vote),
    });
  }

  for (const kudos of session.kudos) {
    insertKudos(db, {
      id: newId(),
      session_id: sessionId,
      act: kudos.act,
      who: kudos.who,
      outcome: kudos.outcome,
      created_at: kudos.createdAt,
    });
  }
  for (const action of session.actions) {
    insertAction(db, {
      id: idOf(team.actions, action.key),
      session_id: sessionId,
      team_id: teamId,
      title: action.title,
      owner: action.owner,
      due_date: action.dueDate,
      practice_id: action.practiceId,
      circle: action.circle,
      card_id: idOf(cards, action.cardKey),
      group_id: idOf(groups, action.groupKey),
      status: action.status,
      created_at: action.createdAt,
    });
  }
  for (const commitment of session.commitments) {
    insertCommitment(db, {
      id: idOf(team.commitments, commitment.key),
      session_id: sessionId,
      team_id: teamId,
      participant_id: idOf(participants, commitment.participantKey),
      person: commitment.person,
      text: commitment.text,
      status: commitment.status,
      created_at: commitment.createdAt,
    });
  }
  for (const rating of session.rotiRatings) {
    insertRotiRating(db, {
      id: newId(),
      session_id: sessionId,
      score: rating.score,
      entry: entryOf(rating),
    });
  }
  for (const word of session.checkInWords ?? []) {
    insertCheckInWord(db, { id: newId(), session_id: sessionId, word });
  }
  for (const submission of submissionsOf(session)) {
    insertSubmission(db, {
      session_id: sessionId,
      round: submission.round,
      participant_id: idOf(participants, submission.participantKey),
    });
  }
}

/** A value's way of entry; files of earlier versions say it by linking a participant. */
function entryOf(value: { participantKey: string | null; entry?: Entry | undefined }): Entry {
  return value.entry ?? (value.participantKey === null ? 'tally' : 'private');
}

/** Who has entered in each round: listed in newer files, derived from the links in older ones. */
function submissionsOf(session: ExportedSession): { round: Round; participantKey: string }[] {
  const linked = (round: Round, values: { participantKey: string | null }[]) =>
    values.flatMap((v) =>
      v.participantKey === null ? [] : [{ round, participantKey: v.participantKey }],
    );
  const all = [
    ...(session.submitted ?? []),
    ...linked('pulse', session.pulseRatings),
    ...linked('votes', session.votes),
    ...linked('roti', session.rotiRatings),
  ];
  const seen = new Set<string>();
  return all.filter((s) => {
    const key = `${s.round} ${s.participantKey}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
