// The versioned JSON file a team or a whole workspace is exported to and imported from, and the
// import's inputs and answers. Longer than most files on purpose: the file format is one schema
// per table, and keeping the whole format in one file lets a reader check it against a file.
//
// Rules for imported text: every field has the same limits as the app's own forms (the schemas
// below reuse them) and goes through the same rule for characters (shared/text.ts): control
// characters and broken UTF-16 are removed, exactly as when the text is typed into the app, so
// whatever the app stores it can export and import back. Otherwise text is stored exactly as
// written and always shown as text, never as HTML, so markup such as <script> is harmless and kept.
import { z } from 'zod';
import {
  AddActionInput,
  AddCardInput,
  AddCommitmentInput,
  AddKudosInput,
  CardText,
  CheckInInput,
  CreateGroupInput,
  IsoDate,
  PracticeIdSchema,
  ReviewMarkInput,
  Score,
  SessionTitle,
  StageIdSchema,
  TemplateInput,
  UpdateSessionInput,
} from './session-inputs';
import { MAX_PARTICIPANTS } from './sessions';
import { Id, MemberName, TeamName } from './teams';

export const EXPORT_FORMAT = 'threadline-export';
/**
 * Version 2 says in its header whether facilitator notes were kept (they are left out unless
 * asked for) and records whether each retro's ROTI was revealed. Its ratings, dots and ROTI
 * answers link to nobody: each says only how it was entered, and who has entered in each round
 * is listed apart, beside who joined from their own device and their check-in words. Version 1
 * files, which always carried the notes and linked private values to people, are still read:
 * the links become the list of who has entered.
 */
export const EXPORT_VERSION = 2;
export const READABLE_EXPORT_VERSIONS: readonly number[] = [1, 2];
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_LABEL = '20 MB';

const Key = Id;
const Timestamp = z.iso.datetime({ error: 'Use a date and time like 2026-03-31T09:30:00.000Z.' });
const Flag = z.boolean({ error: 'Use true or false.' });
const Position = z
  .number({ error: 'A position must be a number.' })
  .int('A position is a whole number.')
  .min(0, 'A position cannot be negative.');
const Circle = z.enum(['control', 'influence', 'concern'], {
  error: 'Use control, influence or concern.',
});
const FollowUpStatus = z.enum(['open', 'in_progress', 'done', 'dropped'], {
  error: 'Use open, in_progress, done or dropped.',
});
const TimeMs = z
  .number({ error: 'A duration must be a number of milliseconds.' })
  .int('A duration is a whole number of milliseconds.')
  .min(0, 'A duration cannot be negative.')
  .max(24 * 60 * 60_000, 'A duration can be at most a day.');
const required = <T extends z.ZodType>(schema: z.ZodOptional<T>) => schema.unwrap();

const ExportMember = z.strictObject({ key: Key, name: MemberName, position: Position });

const ExportTemplate = z.strictObject({
  stages: TemplateInput.shape.stages,
  prompts: TemplateInput.shape.prompts,
  autoStartTimer: Flag,
  dotsPerParticipant: TemplateInput.shape.dotsPerParticipant,
  hideCardsUntilReveal: Flag,
});

const ExportParticipant = z.strictObject({
  key: Key,
  label: MemberName,
  memberKey: Key.nullable(),
  checkIn: CheckInInput.shape.word.nullable(),
  position: Position,
  via: z.enum(['console', 'room'], { error: 'Use console or room.' }).optional(),
});

// Values carry no link to a person. `participantKey` is read from files of earlier versions
// (which linked them) and turned into a submission record; new files write null and `entry`.
const Entry = z.enum(['tally', 'private'], { error: 'Use tally or private.' });

const ExportPulseRating = z.strictObject({
  practiceId: PracticeIdSchema,
  score: Score,
  participantKey: Key.nullable(),
  entry: Entry.optional(),
});

const ExportSubmission = z.strictObject({
  round: z.enum(['pulse', 'votes', 'roti'], { error: 'Use pulse, votes or roti.' }),
  participantKey: Key,
});

const ExportGroup = z.strictObject({
  key: Key,
  title: CreateGroupInput.shape.title,
  circle: Circle.nullable(),
  createdAt: Timestamp,
});

const ExportCard = z.strictObject({
  key: Key,
  practiceId: PracticeIdSchema,
  kind: AddCardInput.shape.kind,
  text: CardText,
  hidden: Flag,
  groupKey: Key.nullable(),
  circle: Circle.nullable(),
  createdAt: Timestamp,
});

const ExportVote = z.strictObject({
  cardKey: Key.nullable(),
  groupKey: Key.nullable(),
  participantKey: Key.nullable(),
  entry: Entry.optional(),
  dots: z
    .number({ error: 'Dots must be a number.' })
    .int('Dots are whole numbers.')
    .min(1, 'A vote has at least 1 dot.')
    .max(1000, 'That many dots cannot be right.'),
});

const ExportKudos = z.strictObject({
  act: AddKudosInput.shape.act,
  who: AddKudosInput.shape.who,
  outcome: AddKudosInput.shape.outcome,
  createdAt: Timestamp,
});

const ExportAction = z.strictObject({
  key: Key,
  title: AddActionInput.shape.title,
  owner: AddActionInput.shape.owner,
  dueDate: AddActionInput.shape.dueDate,
  practiceId: PracticeIdSchema,
  circle: AddActionInput.shape.circle,
  cardKey: Key.nullable(),
  groupKey: Key.nullable(),
  status: FollowUpStatus,
  createdAt: Timestamp,
});

const ExportCommitment = z.strictObject({
  key: Key,
  participantKey: Key.nullable(),
  person: AddCommitmentInput.shape.person,
  text: AddCommitmentInput.shape.text,
  status: FollowUpStatus,
  createdAt: Timestamp,
});

const ExportReview = z.strictObject({
  actionKey: Key.nullable(),
  commitmentKey: Key.nullable(),
  status: ReviewMarkInput.shape.status,
  note: ReviewMarkInput.shape.note,
  reviewedAt: Timestamp,
});

const ExportRotiRating = z.strictObject({
  score: Score,
  participantKey: Key.nullable(),
  entry: Entry.optional(),
});

const ExportSession = z.strictObject({
  key: Key,
  title: SessionTitle,
  date: IsoDate,
  status: z.enum(['in_progress', 'closed'], { error: 'Use in_progress or closed.' }),
  currentStage: StageIdSchema,
  stages: z
    .array(
      z.strictObject({
        id: StageIdSchema,
        minutes: z
          .number({ error: 'A timebox must be a number of minutes.' })
          .int('A timebox is a whole number of minutes.')
          .min(1, 'A timebox is at least 1 minute.')
          .max(120, 'A timebox is at most 120 minutes.'),
      }),
      { error: 'List the stages the session runs.' },
    )
    .min(1, 'A session runs at least one stage.'),
  participantMode: z.enum(['anonymous', 'named'], { error: 'Use anonymous or named.' }),
  dotsPerParticipant: required(UpdateSessionInput.shape.dotsPerParticipant),
  hideCardsUntilReveal: Flag,
  autoStartTimer: Flag,
  pulseRevealed: Flag,
  votesRevealed: Flag,
  /** Absent in version 1 files: their retros' ROTI was shown only once closed. */
  rotiRevealed: Flag.optional(),
  /** Absent when the facilitator notes were left out of the file. */
  notes: required(UpdateSessionInput.shape.notes).optional(),
  summary: required(UpdateSessionInput.shape.summary),
  timer: z.strictObject({
    stageId: StageIdSchema,
    durationMs: TimeMs,
    elapsedMs: TimeMs,
    startedAt: Timestamp.nullable(),
  }),
  createdAt: Timestamp,
  closedAt: Timestamp.nullable(),
  participants: z
    .array(ExportParticipant)
    .max(MAX_PARTICIPANTS, `At most ${MAX_PARTICIPANTS} participants.`),
  pulseRatings: z.array(ExportPulseRating),
  groups: z.array(ExportGroup),
  cards: z.array(ExportCard),
  votes: z.array(ExportVote),
  kudos: z.array(ExportKudos),
  actions: z.array(ExportAction),
  commitments: z.array(ExportCommitment),
  reviews: z.array(ExportReview),
  rotiRatings: z.array(ExportRotiRating),
  /** Who has entered their own ratings, dots or ROTI answer (not what). */
  submitted: z.array(ExportSubmission).optional(),
  /** One-word check-ins from devices, which name nobody. */
  checkInWords: z.array(CheckInInput.shape.word).optional(),
});

const ExportTeam = z.strictObject({
  key: Key,
  name: TeamName,
  createdAt: Timestamp,
  archivedAt: Timestamp.nullable(),
  isSample: Flag,
  members: z.array(ExportMember),
  template: ExportTemplate.nullable(),
  sessions: z.array(ExportSession),
});

/** Whether the facilitator's private notes travel in the file. */
export type NotesInFile = 'included' | 'left-out';

export const ExportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(EXPORT_VERSION)]),
  exportedAt: Timestamp,
  /** Absent in version 1 files, which always included the notes. */
  facilitatorNotes: z
    .enum(['included', 'left-out'], { error: 'Say whether notes are included or left out.' })
    .optional(),
  appVersion: z.string({ error: 'The app version must be text.' }).max(40, 'Too long.'),
  teams: z.array(ExportTeam, { error: 'The file lists no teams.' }),
});

export type ExportDocument = z.output<typeof ExportDocumentSchema>;
export type ExportedTeam = ExportDocument['teams'][number];
export type ExportedSession = ExportedTeam['sessions'][number];

export interface ExportFile {
  /** A suggested file name, e.g. threadline-checkout-squad-2026-03-31.json. */
  fileName: string;
  /** The JSON text of the file. */
  document: string;
}

export const IMPORT_COUNT_KEYS = [
  'teams',
  'members',
  'templates',
  'sessions',
  'participants',
  'pulseRatings',
  'groups',
  'cards',
  'votes',
  'kudos',
  'actions',
  'commitments',
  'reviews',
  'rotiRatings',
] as const;
export type ImportCounts = Record<(typeof IMPORT_COUNT_KEYS)[number], number>;

export const IMPORT_COUNT_LABELS: Record<keyof ImportCounts, string> = {
  teams: 'Teams',
  members: 'Team members',
  templates: 'Retro templates',
  sessions: 'Retros',
  participants: 'Participants',
  pulseRatings: 'Pulse ratings',
  groups: 'Card groups',
  cards: 'Cards',
  votes: 'Votes',
  kudos: 'Kudos',
  actions: 'Actions',
  commitments: 'Commitments',
  reviews: 'Reviews of earlier follow-ups',
  rotiRatings: 'ROTI ratings',
};

export type ConflictResolution = 'rename' | 'skip';

export interface ImportPreviewTeam {
  /** The team's key in the file; resolutions are given per key. */
  key: string;
  name: string;
  archived: boolean;
  sessions: number;
  /** True when an active team in this workspace already has this name. */
  conflict: boolean;
  /** The name the team gets when the user chooses to rename it. */
  renameTo: string | null;
}

export interface ImportPreview {
  exportedAt: string;
  /** What the file says of the facilitator notes, and how many of its retros have any. */
  facilitatorNotes: NotesInFile;
  retrosWithNotes: number;
  teams: ImportPreviewTeam[];
  /** Everything the file holds, before any team is skipped. */
  counts: ImportCounts;
}

export interface ImportReport {
  added: ImportCounts;
  skipped: { key: string; name: string }[];
  renamed: { from: string; to: string }[];
}

const ImportDocumentText = z
  .string({ error: 'Choose a Threadline export file to import.' })
  .max(
    MAX_IMPORT_BYTES,
    `This file is larger than ${MAX_IMPORT_LABEL}, the most Threadline imports at once. ` +
      'Export the teams one by one and import them separately.',
  );

export const PreviewImportInput = z.object({ document: ImportDocumentText });
/** The user's choice for each clashing team, by the team's key in the file. */
export interface ImportResolution {
  key: string;
  choice: ConflictResolution;
}

// A list rather than an object keyed by the file's keys: a key such as “__proto__” or
// “toString” is just a key here.
export const ImportInput = z.object({
  document: ImportDocumentText,
  resolutions: z
    .array(
      z.strictObject({
        key: Key,
        choice: z.enum(['rename', 'skip'], { error: 'Choose rename or skip.' }),
      }),
    )
    .max(10_000, 'That is more choices than teams in any file.')
    .default([]),
});
/** Facilitator notes are private: an export leaves them out unless they are asked for. */
const IncludeNotes = z
  .boolean({ error: 'Say whether to include facilitator notes.' })
  .default(false);
export const ExportTeamInput = z.object({ teamId: Id, includeNotes: IncludeNotes });
export const ExportWorkspaceInput = z.object({ includeNotes: IncludeNotes }).prefault({});
