import { z } from 'zod';
import type { SuggestedFocus } from './insights';
import { PRACTICE_IDS, type PracticeId } from './practices';
import { STAGE_IDS, type StageId } from './stages';
import { Id, MemberName } from './teams';
import { multiLine, singleLine, writing } from './text';

export const SESSION_TITLE_MAX = 120;
export const CARD_TEXT_MAX = 500;
export const SHORT_TEXT_MAX = 200;
export const NOTE_MAX = 5000;
/** People in one retro, counting those who join from their own devices. */
export const MAX_PARTICIPANTS = 100;
export const DEFAULT_DOTS = 3;
export const MAX_DOTS = 10;

export type SessionStatus = 'in_progress' | 'closed';
export type ParticipantMode = 'anonymous' | 'named';
export type CardKind = 'went_well' | 'to_improve';
export type Circle = 'control' | 'influence' | 'concern';
export type KudosOutcome = 'worked' | 'partly' | 'did_not_work';
export type FollowUpStatus = 'open' | 'in_progress' | 'done' | 'dropped';
export type ReviewStatus = Exclude<FollowUpStatus, 'open'>;
/** Five counts: how many people gave 1, 2, 3, 4 and 5. */
export type Distribution = [number, number, number, number, number];

// ---------- Template ----------

export interface TemplateStage {
  id: StageId;
  enabled: boolean;
  minutes: number;
}

export type PracticePrompts = Record<PracticeId, { wentWell: string[]; toImprove: string[] }>;

export interface TeamTemplate {
  teamId: string;
  /** All eight stages, in the order the team runs them. */
  stages: TemplateStage[];
  prompts: PracticePrompts;
  autoStartTimer: boolean;
  dotsPerParticipant: number;
  hideCardsUntilReveal: boolean;
}

// ---------- Session ----------

export interface SessionSummary {
  id: string;
  teamId: string;
  title: string;
  date: string;
  status: SessionStatus;
  currentStage: StageId;
  participantCount: number;
  createdAt: string;
  closedAt: string | null;
}

/** A page of a team's retros, newest first, and how many it has in all. */
export interface SessionPage {
  sessions: SessionSummary[];
  total: number;
}

export interface SessionStage {
  id: StageId;
  minutes: number;
  /** True for Review when nothing from earlier sessions is open. */
  skipped: boolean;
}

export interface Participant {
  id: string;
  label: string;
  memberId: string | null;
  checkIn: string | null;
  position: number;
  /** 'room' when the person joined from their own device. */
  via: 'console' | 'room';
}

export interface TimerState {
  stageId: StageId;
  durationMs: number;
  /** Time already run before the current start. */
  elapsedMs: number;
  /** When running: the moment it was last started (ISO); null when paused or reset. */
  startedAt: string | null;
  /** The server's clock when this view was made, so a client can correct for its own clock. */
  serverNow: string;
}

export interface PracticePulse {
  practiceId: PracticeId;
  distribution: Distribution;
  total: number;
  mean: number | null;
  /** Counts entered as a tally by the facilitator (excludes individually entered ratings). */
  tally: Distribution;
}

export interface Card {
  id: string;
  practiceId: PracticeId;
  kind: CardKind;
  text: string;
  hidden: boolean;
  groupId: string | null;
  createdAt: string;
}

export interface CardGroup {
  id: string;
  title: string;
  cardIds: string[];
}

export interface ItemRef {
  kind: 'card' | 'group';
  id: string;
}

/** Something the team votes on: a card outside any group, or a group. */
export interface VoteItem {
  ref: ItemRef;
  title: string;
  practiceIds: PracticeId[];
  cardCount: number;
  dots: number;
  /** Dots entered as a tally by the facilitator. */
  tallyDots: number;
  circle: Circle | null;
}

export interface Kudos {
  id: string;
  act: string;
  who: string;
  outcome: KudosOutcome;
  createdAt: string;
}

export interface Action {
  id: string;
  sessionId: string;
  title: string;
  owner: string;
  dueDate: string | null;
  practiceId: PracticeId;
  circle: Exclude<Circle, 'concern'>;
  item: ItemRef | null;
  status: FollowUpStatus;
  createdAt: string;
}

export interface Commitment {
  id: string;
  sessionId: string;
  participantId: string | null;
  person: string;
  text: string;
  status: FollowUpStatus;
  createdAt: string;
}

/** An action or commitment from an earlier session, as reviewed in this one. */
export interface ReviewItem {
  kind: 'action' | 'commitment';
  id: string;
  text: string;
  owner: string;
  /** Actions only: when it was due. */
  dueDate: string | null;
  fromSessionTitle: string;
  fromSessionDate: string;
  status: FollowUpStatus;
  /** This session's verdict, once given. */
  review: { status: ReviewStatus; note: string } | null;
}

export interface RotiState {
  distribution: Distribution;
  total: number;
  mean: number | null;
  tally: Distribution;
}

export interface SessionDetail extends SessionSummary {
  teamName: string;
  participantMode: ParticipantMode;
  dotsPerParticipant: number;
  hideCardsUntilReveal: boolean;
  autoStartTimer: boolean;
  pulseRevealed: boolean;
  votesRevealed: boolean;
  rotiRevealed: boolean;
  notes: string;
  summary: string;
}

/** Everything the facilitator console shows. */
export interface SessionView {
  session: SessionDetail;
  stages: SessionStage[];
  /** The team's Reflect prompts per practice (from its template), keyed in `reflectOrder`. */
  prompts: PracticePrompts;
  /** What the insights before this retro point to; null when nothing does. */
  focus: SuggestedFocus | null;
  /** The practices in the order Reflect takes them: the focus first, then the usual order. */
  reflectOrder: PracticeId[];
  participants: Participant[];
  /** One-word check-ins from devices, stored with no name. */
  checkInWords: string[];
  timer: TimerState;
  pulse: PracticePulse[];
  /** Participants who entered their own ratings (pass-the-laptop or a device), not what. */
  pulseSubmitted: string[];
  cards: Card[];
  groups: CardGroup[];
  items: VoteItem[];
  /** Participants who placed their own dots (pass-the-laptop or a device), not where. */
  votesSubmitted: string[];
  kudos: Kudos[];
  actions: Action[];
  commitments: Commitment[];
  review: ReviewItem[];
  roti: RotiState;
  rotiSubmitted: string[];
}

/**
 * What the shared screen may show: never facilitator notes, unrevealed ratings or votes,
 * hidden cards, or who entered what.
 */
export interface PresentationView {
  session: Pick<
    SessionDetail,
    'id' | 'teamName' | 'title' | 'date' | 'status' | 'currentStage' | 'participantCount'
  > & { pulseRevealed: boolean; votesRevealed: boolean; rotiRevealed: boolean; summary: string };
  stages: SessionStage[];
  prompts: PracticePrompts;
  focus: SuggestedFocus | null;
  reflectOrder: PracticeId[];
  timer: TimerState;
  checkIns: string[];
  pulse: PracticePulse[] | null;
  pulseProgress: { practiceId: PracticeId; total: number }[];
  cards: Card[];
  hiddenCardCount: number;
  groups: CardGroup[];
  items: VoteItem[] | null;
  kudos: Kudos[];
  actions: Action[];
  commitments: Commitment[];
  review: ReviewItem[];
  roti: RotiState | null;
  /** How many have rated the retro so far, shown before the ROTI is revealed. */
  rotiProgress: number;
}

// ---------- Input schemas ----------

const line = (what: string, max: number) =>
  singleLine({ what, max, empty: `${what} cannot be empty.` });
const lines = (what: string, max: number) =>
  multiLine({ what, max, empty: `${what} cannot be empty.` });

export const IsoDate = z
  .string({ error: 'A date is required.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'That date does not exist.');

export const PracticeIdSchema = z.enum(PRACTICE_IDS, {
  error: 'Choose one of the four practices.',
});
export const StageIdSchema = z.enum(STAGE_IDS, { error: 'That stage does not exist.' });
export const Score = z
  .number({ error: 'A rating must be a number from 1 to 5.' })
  .int('A rating must be a whole number from 1 to 5.')
  .min(1, 'Ratings go from 1 to 5.')
  .max(5, 'Ratings go from 1 to 5.');
const Count = z
  .number({ error: 'A count must be a number.' })
  .int('Counts are whole numbers.')
  .min(0, 'Counts cannot be negative.')
  .max(1000, 'That count is too large.');
export const DistributionSchema = z.tuple([Count, Count, Count, Count, Count], {
  error: 'Give five counts, one for each score from 1 to 5.',
});
export const ItemRefSchema = z.object({ kind: z.enum(['card', 'group']), id: Id });
export const SessionTitle = line('The session title', SESSION_TITLE_MAX);
export const CardText = lines('A card', CARD_TEXT_MAX);

export const SessionRef = z.object({ sessionId: Id });
export const TeamSessionsInput = z.object({ teamId: Id });
/** The most retros one page lists. */
export const SESSION_PAGE_MAX = 100;
export const SessionPageInput = z.object({
  teamId: Id,
  offset: z
    .number({ error: 'Say how many retros to skip.' })
    .int('Skip a whole number of retros.')
    .min(0, 'The number of retros to skip cannot be negative.')
    .default(0),
  limit: z
    .number({ error: 'Say how many retros to list.' })
    .int('List a whole number of retros.')
    .min(1, 'List at least 1 retro.')
    .max(SESSION_PAGE_MAX, `List at most ${SESSION_PAGE_MAX} retros at once.`),
});

const TemplateBody = z.object({
  stages: z
    .array(
      z.object({
        id: StageIdSchema,
        enabled: z.boolean(),
        minutes: z
          .number()
          .int()
          .min(1, 'A timebox is at least 1 minute.')
          .max(120, 'A timebox is at most 120 minutes.'),
      }),
    )
    .refine(
      (stages) =>
        stages.length === STAGE_IDS.length &&
        new Set(stages.map((s) => s.id)).size === STAGE_IDS.length,
      'List each of the eight stages exactly once.',
    )
    .refine((stages) => stages.some((s) => s.enabled), 'Keep at least one stage.'),
  prompts: z.record(
    PracticeIdSchema,
    z.object({
      wentWell: z.array(line('A prompt', SHORT_TEXT_MAX)).max(10, 'At most 10 prompts each.'),
      toImprove: z.array(line('A prompt', SHORT_TEXT_MAX)).max(10, 'At most 10 prompts each.'),
    }),
  ),
  autoStartTimer: z.boolean(),
  dotsPerParticipant: z
    .number()
    .int('Dots are whole numbers.')
    .min(1, 'Give each participant at least 1 dot.')
    .max(MAX_DOTS, `At most ${MAX_DOTS} dots each.`),
  hideCardsUntilReveal: z.boolean(),
});

export const TemplateInput = TemplateBody.extend({
  teamId: Id,
  /**
   * The template as the form loaded it; a save from a form loaded before another window saved
   * the template is refused as `stale` (see EditBase).
   */
  expected: TemplateBody.optional(),
});

export const CreateSessionInput = z.object({
  teamId: Id,
  title: SessionTitle,
  date: IsoDate.optional(),
});
/**
 * The saved text an edit started from. Sent with a change to text that two windows may edit, it
 * makes a save based on an older copy fail as `stale` instead of replacing newer words.
 */
export const EditBase = z
  .string({ error: 'The text an edit started from must be text.' })
  .max(NOTE_MAX, 'That is longer than any saved text.');

export const UpdateSessionInput = z.object({
  sessionId: Id,
  title: SessionTitle.optional(),
  date: IsoDate.optional(),
  notes: writing({
    what: 'Notes',
    max: NOTE_MAX,
    tooLong: `Notes can be at most ${NOTE_MAX} characters.`,
  }).optional(),
  summary: writing({
    what: 'The summary',
    max: NOTE_MAX,
    tooLong: `The summary can be at most ${NOTE_MAX} characters.`,
  }).optional(),
  dotsPerParticipant: z
    .number()
    .int()
    .min(1, 'Give each participant at least 1 dot.')
    .max(MAX_DOTS, `At most ${MAX_DOTS} dots each.`)
    .optional(),
  hideCardsUntilReveal: z.boolean().optional(),
  expected: z.object({ title: EditBase, notes: EditBase, summary: EditBase }).partial().optional(),
});
export const GoToStageInput = z.object({ sessionId: Id, stageId: StageIdSchema });
export const ExtendTimerInput = z.object({
  sessionId: Id,
  minutes: z
    .number()
    .int()
    .min(-30, 'That is too much to take off.')
    .max(60, 'Extend by at most 60 minutes.'),
});

export const SetParticipantsInput = z.discriminatedUnion('mode', [
  z.object({
    sessionId: Id,
    mode: z.literal('anonymous'),
    count: z
      .number({ error: 'Enter how many people are here.' })
      .int('Enter a whole number of people.')
      .min(1, 'At least one person takes part.')
      .max(MAX_PARTICIPANTS, `At most ${MAX_PARTICIPANTS} participants.`),
  }),
  z.object({
    sessionId: Id,
    mode: z.literal('named'),
    names: z
      .array(MemberName)
      .min(1, 'Pick at least one person.')
      .max(MAX_PARTICIPANTS, `At most ${MAX_PARTICIPANTS} participants.`),
  }),
]);
export const CheckInInput = z.object({
  sessionId: Id,
  participantId: Id,
  word: singleLine({
    what: 'The check-in',
    max: 40,
    tooLong: 'Keep the check-in to a word or two (40 characters).',
  }),
});

export const PulseTallyInput = z.object({
  sessionId: Id,
  practiceId: PracticeIdSchema,
  counts: DistributionSchema,
});
export const PulseSubmitInput = z.object({
  sessionId: Id,
  participantId: Id,
  ratings: z.record(PracticeIdSchema, Score),
});
export const RevealInput = z.object({ sessionId: Id, revealed: z.boolean() });

export const AddCardInput = z.object({
  sessionId: Id,
  practiceId: PracticeIdSchema,
  kind: z.enum(['went_well', 'to_improve'], { error: 'Choose “went well” or “to improve”.' }),
  text: CardText,
});
export const UpdateCardInput = z.object({
  cardId: Id,
  text: CardText.optional(),
  practiceId: PracticeIdSchema.optional(),
  kind: z.enum(['went_well', 'to_improve']).optional(),
  expected: z.object({ text: EditBase }).optional(),
});
export const CardRef = z.object({ cardId: Id });

export const CreateGroupInput = z.object({
  sessionId: Id,
  title: line('The group title', SHORT_TEXT_MAX),
  cardIds: z.array(Id).min(2, 'Pick at least two cards to group.'),
});
export const GroupCardsInput = z.object({
  groupId: Id,
  cardIds: z.array(Id).min(1, 'Pick at least one card to add to the group.'),
});
export const RenameGroupInput = z.object({
  groupId: Id,
  title: line('The group title', SHORT_TEXT_MAX),
  expected: z.object({ title: EditBase }).optional(),
});
export const GroupRef = z.object({ groupId: Id });

export const VoteTallyInput = z.object({
  sessionId: Id,
  item: ItemRefSchema,
  dots: Count,
});
export const VoteSubmitInput = z.object({
  sessionId: Id,
  participantId: Id,
  allocations: z.array(z.object({ item: ItemRefSchema, dots: Count })),
});
export const SetCircleInput = z.object({
  sessionId: Id,
  item: ItemRefSchema,
  circle: z.enum(['control', 'influence', 'concern']).nullable(),
});

export const AddKudosInput = z.object({
  sessionId: Id,
  act: lines('What they did', CARD_TEXT_MAX),
  who: line('Who did it', SHORT_TEXT_MAX),
  outcome: z.enum(['worked', 'partly', 'did_not_work'], { error: 'Say how it turned out.' }),
});
export const KudosRef = z.object({ kudosId: Id });

export const AddActionInput = z.object({
  sessionId: Id,
  title: line('The action', CARD_TEXT_MAX),
  owner: line('The owner', SHORT_TEXT_MAX),
  dueDate: IsoDate.nullable(),
  practiceId: PracticeIdSchema,
  circle: z.enum(['control', 'influence'], {
    error: 'Actions come from control or influence items.',
  }),
  item: ItemRefSchema.nullable(),
});
export const UpdateActionInput = AddActionInput.omit({ sessionId: true }).extend({
  actionId: Id,
  expected: z.object({ title: EditBase }).optional(),
});
export const ActionRef = z.object({ actionId: Id });

export const AddCommitmentInput = z.object({
  sessionId: Id,
  participantId: Id.nullable(),
  person: line('The name', SHORT_TEXT_MAX),
  text: lines('The commitment', CARD_TEXT_MAX),
});
export const CommitmentRef = z.object({ commitmentId: Id });

export const ReviewMarkInput = z.object({
  sessionId: Id,
  kind: z.enum(['action', 'commitment']),
  id: Id,
  status: z.enum(['done', 'in_progress', 'dropped'], {
    error: 'Choose done, in progress or dropped.',
  }),
  note: multiLine({
    what: 'A note',
    max: CARD_TEXT_MAX,
    tooLong: `A note can be at most ${CARD_TEXT_MAX} characters.`,
  }),
});

/** Takes back a session's verdict on an earlier action or commitment (an undo). */
export const ReviewClearInput = ReviewMarkInput.pick({ sessionId: true, kind: true, id: true });

export const RotiTallyInput = z.object({ sessionId: Id, counts: DistributionSchema });
export const RotiSubmitInput = z.object({ sessionId: Id, participantId: Id, score: Score });
export const ClearPrivateInput = z.object({
  sessionId: Id,
  round: z.enum(['pulse', 'votes', 'roti'], { error: 'Choose pulse, votes or roti.' }),
});
