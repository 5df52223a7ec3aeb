import { z } from 'zod';
import { PRACTICE_IDS } from './practices';
import {
  CARD_TEXT_MAX,
  MAX_DOTS,
  MAX_PARTICIPANTS,
  NOTE_MAX,
  SESSION_TITLE_MAX,
  SHORT_TEXT_MAX,
} from './sessions';
import { STAGE_IDS } from './stages';
import { Id, MemberName } from './teams';
import { multiLine, singleLine, writing } from './text';

// The inputs of the session methods, validated at the contract's edge: limits and messages as
// the forms show them.

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
