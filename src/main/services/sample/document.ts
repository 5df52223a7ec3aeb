import { SAMPLE_TEAM_NAME } from '@shared/dashboard';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  type ExportedSession,
  type ExportedTeam,
} from '@shared/portability';
import { PRACTICE_IDS, type PracticeId } from '@shared/practices';
import { STAGES } from '@shared/stages';
import {
  ABSENT,
  CHECK_IN_WORDS,
  DAYS_BETWEEN,
  DOTS,
  EXACT_SCORES,
  LATEST_DAYS_AGO,
  PULSE_TARGETS,
  ROSTER,
  ROTI_TARGETS,
  SEED,
  SESSION_COUNT,
  SUMMARIES,
  TALLIED,
  targetMean,
} from './content';
import {
  act,
  type FollowUp,
  type RetroContext,
  raters,
  recognise,
  reflect,
  reviewOpenItems,
  vote,
} from './retro';
import { addDays, at, cycler, pick, type Random, ratingsAround, seeded, shuffled } from './seeded';

/** Ratings for one practice in one retro: given exactly where the story needs it, else drawn. */
function pulseScores(random: Random, practiceId: PracticeId, index: number, people: number) {
  const exact = EXACT_SCORES[index]?.[practiceId];
  if (exact && exact.length !== people) {
    throw new Error(`Sample retro ${index + 1} has ${people} people but ${exact.length} ratings.`);
  }
  return exact ?? ratingsAround(random, PULSE_TARGETS[practiceId][index] ?? 3, people);
}

/**
 * The sample team as an export document: a made-up team with half a year of fortnightly retros,
 * so the charts and insights mean something on first run. It is loaded through the same checks
 * and import as a file a user picks, so it can only ever hold what import accepts. Its dates
 * count back from `today` (the latest retro a few days before it), so its open actions are as
 * recent, or as overdue, on whichever day it is loaded. Everything else is derived from a fixed
 * seed: every call on the same day returns the same document.
 */
export function sampleDocument(today: string): ExportDocument {
  const firstDate = addDays(today, -LATEST_DAYS_AGO - (SESSION_COUNT - 1) * DAYS_BETWEEN);
  const random = seeded(SEED);
  const next = cycler();
  const counters = new Map<string, number>();
  const key = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${n}`;
  };
  const stages = STAGES.map((stage) => ({ id: stage.id, minutes: stage.defaultMinutes }));
  const closeMs = (STAGES.find((stage) => stage.id === 'close')?.defaultMinutes ?? 5) * 60_000;

  const team: ExportedTeam = {
    key: key('team'),
    name: SAMPLE_TEAM_NAME,
    createdAt: at(addDays(firstDate, -7), -300),
    archivedAt: null,
    isSample: true,
    members: ROSTER.map((name, position) => ({ key: key('member'), name, position })),
    template: null,
    sessions: [],
  };

  const followUps: FollowUp[] = [];
  for (let index = 0; index < SESSION_COUNT; index++) {
    const date = addDays(firstDate, index * DAYS_BETWEEN);
    const tallied = TALLIED.has(index);
    const session: ExportedSession = {
      key: key('session'),
      title: `Sprint ${14 + index} retro`,
      date,
      status: 'closed',
      currentStage: 'close',
      stages,
      participantMode: tallied ? 'anonymous' : 'named',
      dotsPerParticipant: DOTS,
      hideCardsUntilReveal: true,
      autoStartTimer: false,
      pulseRevealed: true,
      votesRevealed: true,
      rotiRevealed: true,
      summary: SUMMARIES[index] ?? '',
      timer: { stageId: 'close', durationMs: closeMs, elapsedMs: closeMs, startedAt: null },
      createdAt: at(date, 0),
      closedAt: at(date, 90),
      participants: [],
      pulseRatings: [],
      groups: [],
      cards: [],
      votes: [],
      kudos: [],
      actions: [],
      commitments: [],
      reviews: [],
      rotiRatings: [],
      checkInWords: [],
    };
    team.sessions.push(session);

    const absent = new Set(shuffled(random, team.members).slice(0, ABSENT[index] ?? 0));
    const present = team.members.filter((member) => !absent.has(member));
    const people = present.map((member, position) => {
      const participantKey = key('participant');
      session.participants.push({
        key: participantKey,
        label: tallied ? `Participant ${position + 1}` : member.name,
        memberKey: tallied ? null : member.key,
        checkIn: pick(random, CHECK_IN_WORDS),
        position,
        via: 'console',
      });
      return { name: member.name, participantKey };
    });
    const ctx: RetroContext = { random, next, key, session, index, date, tallied, people };

    reviewOpenItems(ctx, followUps);
    for (const practiceId of PRACTICE_IDS) {
      for (const rating of raters(ctx, pulseScores(random, practiceId, index, people.length))) {
        session.pulseRatings.push({ practiceId, ...rating });
      }
    }
    const ranked = [...PRACTICE_IDS].sort((a, b) => targetMean(a, index) - targetMean(b, index));
    const reflected = reflect(ctx, ranked);
    recognise(ctx);
    vote(ctx, reflected.group, reflected.cards);
    act(ctx, ranked, reflected, followUps);
    const roti = ratingsAround(random, ROTI_TARGETS[index] ?? 3.5, people.length);
    session.rotiRatings.push(...raters(ctx, roti));
    session.submitted = tallied
      ? []
      : (['pulse', 'roti', 'votes'] as const).flatMap((round) =>
          people.map((person) => ({ round, participantKey: person.participantKey })),
        );
    inExportOrder(session);
  }

  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: team.sessions.at(-1)?.closedAt ?? team.createdAt,
    facilitatorNotes: 'left-out',
    // No version of the app wrote it: it is built in.
    appVersion: '',
    teams: [team],
  };
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Values in the order an export lists them, so the document equals its own export. */
function inExportOrder(session: ExportedSession): void {
  const entry = (value: { entry?: string }) => value.entry ?? '';
  session.pulseRatings.sort(
    (a, b) =>
      compare(a.practiceId, b.practiceId) ||
      compare(entry(a), entry(b)) ||
      compare(a.score, b.score),
  );
  session.rotiRatings.sort((a, b) => compare(entry(a), entry(b)) || compare(a.score, b.score));
  const position = (keys: { key: string }[], key: string | null) =>
    key === null ? 0 : keys.findIndex((k) => k.key === key) + 1;
  session.votes.sort(
    (a, b) =>
      compare(position(session.cards, a.cardKey), position(session.cards, b.cardKey)) ||
      compare(position(session.groups, a.groupKey), position(session.groups, b.groupKey)) ||
      compare(entry(a), entry(b)) ||
      compare(a.dots, b.dots),
  );
}
