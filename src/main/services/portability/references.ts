import type { ExportDocument, ExportedSession, ExportedTeam } from '@shared/portability';
import { CreateTeamInput } from '@shared/teams';
import { nameKey } from '../ids';

// The checks a file's parts must pass together, beyond each field's own schema: keys are unique,
// every reference points at something in the same team or session, and the counts respect the
// same limits as entering them in the app.

export type Path = (string | number)[];

/** A problem at a place in the file; reading the file turns it into the refusal message. */
export class FileProblem extends Error {
  constructor(
    readonly path: Path,
    message: string,
  ) {
    super(message);
  }
}

function unique<T>(items: readonly T[], keyOf: (item: T) => string, path: Path, what: string) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) throw new FileProblem([...path, index], `${what} appears twice.`);
    seen.add(key);
  });
  return seen;
}

function mustExist(keys: Set<string>, key: string | null, path: Path, what: string): void {
  if (key !== null && !keys.has(key)) {
    throw new FileProblem(path, `It refers to ${what} “${key}”, which is not in the file there.`);
  }
}

function exactlyOne(a: string | null, b: string | null, path: Path, what: string): void {
  if ((a === null) === (b === null)) throw new FileProblem(path, `Give exactly one ${what}.`);
}

export function checkReferences(document: ExportDocument): void {
  unique(document.teams, (team) => team.key, ['teams'], 'This team key');
  unique(
    document.teams.filter((team) => team.archivedAt === null),
    (team) => nameKey(team.name),
    ['teams'],
    'An active team name',
  );
  document.teams.forEach((team, index) => {
    checkTeam(team, ['teams', index]);
  });
}

function checkTeam(team: ExportedTeam, at: Path): void {
  const members = unique(team.members, (m) => m.key, [...at, 'members'], 'This member key');
  unique(team.members, (m) => nameKey(m.name), [...at, 'members'], 'This member name');
  const roster = CreateTeamInput.shape.members.safeParse(team.members.map((m) => m.name));
  if (!roster.success) {
    throw new FileProblem([...at, 'members'], roster.error.issues[0]?.message ?? 'Too many.');
  }
  unique(team.sessions, (s) => s.key, [...at, 'sessions'], 'This session key');
  const actions = new Set<string>();
  const commitments = new Set<string>();
  team.sessions.forEach((session, index) => {
    const path = [...at, 'sessions', index];
    session.actions.forEach((action, i) => {
      if (actions.has(action.key)) {
        throw new FileProblem([...path, 'actions', i], 'This action key appears twice.');
      }
      actions.add(action.key);
    });
    session.commitments.forEach((commitment, i) => {
      if (commitments.has(commitment.key)) {
        throw new FileProblem([...path, 'commitments', i], 'This commitment key appears twice.');
      }
      commitments.add(commitment.key);
    });
  });
  team.sessions.forEach((session, index) => {
    checkSession(session, [...at, 'sessions', index], { members, actions, commitments });
  });
}

function checkSession(
  session: ExportedSession,
  at: Path,
  team: { members: Set<string>; actions: Set<string>; commitments: Set<string> },
): void {
  const stages = unique(session.stages, (s) => s.id, [...at, 'stages'], 'This stage');
  mustExist(stages, session.currentStage, [...at, 'currentStage'], 'the stage');
  mustExist(stages, session.timer.stageId, [...at, 'timer', 'stageId'], 'the stage');

  const participants = unique(
    session.participants,
    (p) => p.key,
    [...at, 'participants'],
    'This participant key',
  );
  unique(session.participants, (p) => nameKey(p.label), [...at, 'participants'], 'This name');
  session.participants.forEach((p, i) => {
    mustExist(team.members, p.memberKey, [...at, 'participants', i, 'memberKey'], 'the member');
  });
  const people = session.participants.length;

  const perPractice = new Map<string, number>();
  unique(
    session.pulseRatings.filter((r) => r.participantKey !== null),
    (r) => `${r.practiceId} ${r.participantKey}`,
    [...at, 'pulseRatings'],
    'A participant’s rating for this practice',
  );
  session.pulseRatings.forEach((rating, i) => {
    const path = [...at, 'pulseRatings', i];
    mustExist(participants, rating.participantKey, [...path, 'participantKey'], 'participant');
    const count = (perPractice.get(rating.practiceId) ?? 0) + 1;
    perPractice.set(rating.practiceId, count);
    if (count > people) {
      throw new FileProblem(
        path,
        `There are more ratings for this practice than the ${people} participants.`,
      );
    }
  });

  const groups = unique(session.groups, (g) => g.key, [...at, 'groups'], 'This group key');
  const cards = unique(session.cards, (c) => c.key, [...at, 'cards'], 'This card key');
  session.cards.forEach((card, i) => {
    mustExist(groups, card.groupKey, [...at, 'cards', i, 'groupKey'], 'the group');
  });

  let dots = 0;
  session.votes.forEach((vote, i) => {
    const path = [...at, 'votes', i];
    exactlyOne(vote.cardKey, vote.groupKey, path, 'cardKey or groupKey');
    mustExist(cards, vote.cardKey, [...path, 'cardKey'], 'the card');
    mustExist(groups, vote.groupKey, [...path, 'groupKey'], 'the group');
    mustExist(participants, vote.participantKey, [...path, 'participantKey'], 'participant');
    dots += vote.dots;
    if (dots > people * session.dotsPerParticipant) {
      throw new FileProblem(
        path,
        `The votes add up to more dots than ${people} participants × ${session.dotsPerParticipant} allow.`,
      );
    }
  });

  session.actions.forEach((action, i) => {
    const path = [...at, 'actions', i];
    if (action.cardKey !== null && action.groupKey !== null) {
      throw new FileProblem(path, 'An action comes from one card or one group, not both.');
    }
    mustExist(cards, action.cardKey, [...path, 'cardKey'], 'the card');
    mustExist(groups, action.groupKey, [...path, 'groupKey'], 'the group');
  });
  session.commitments.forEach((commitment, i) => {
    const path = [...at, 'commitments', i, 'participantKey'];
    mustExist(participants, commitment.participantKey, path, 'participant');
  });

  unique(
    session.reviews,
    (r) => (r.actionKey === null ? `c ${r.commitmentKey}` : `a ${r.actionKey}`),
    [...at, 'reviews'],
    'A review of this follow-up',
  );
  session.reviews.forEach((review, i) => {
    const path = [...at, 'reviews', i];
    exactlyOne(review.actionKey, review.commitmentKey, path, 'actionKey or commitmentKey');
    mustExist(team.actions, review.actionKey, [...path, 'actionKey'], 'the team’s action');
    mustExist(
      team.commitments,
      review.commitmentKey,
      [...path, 'commitmentKey'],
      'the team’s commitment',
    );
  });

  unique(
    session.rotiRatings.filter((r) => r.participantKey !== null),
    (r) => String(r.participantKey),
    [...at, 'rotiRatings'],
    'A participant’s ROTI rating',
  );
  session.rotiRatings.forEach((rating, i) => {
    const path = [...at, 'rotiRatings', i];
    mustExist(participants, rating.participantKey, [...path, 'participantKey'], 'participant');
    if (i + 1 > people) {
      throw new FileProblem(path, `There are more ROTI ratings than the ${people} participants.`);
    }
  });

  const submitted = session.submitted ?? [];
  unique(
    submitted,
    (s) => `${s.round} ${s.participantKey}`,
    [...at, 'submitted'],
    'This participant’s entry in this round',
  );
  submitted.forEach((submission, i) => {
    const path = [...at, 'submitted', i, 'participantKey'];
    mustExist(participants, submission.participantKey, path, 'participant');
  });
}
