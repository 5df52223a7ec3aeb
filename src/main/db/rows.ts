// The stored rows, one type per data table (schema_migrations belongs to migrate.ts). They
// match the schema in ./migrations exactly: the same tables, the same column names, SQLite's own
// values (flags are INTEGER 0 or 1, dates and times are ISO text, JSON columns are text).
// Services read and write through these types rather than declaring their own; a new column
// goes into its migration and here together.
import type { PracticeId } from '@shared/practices';
import type {
  CardKind,
  Circle,
  FollowUpStatus,
  KudosOutcome,
  ParticipantMode,
  ReviewStatus,
  SessionStatus,
} from '@shared/sessions';
import type { StageId } from '@shared/stages';

/** An INTEGER column that holds a yes or no. */
export type Flag = 0 | 1;

export interface TeamRow {
  id: string;
  name: string;
  /** nameKey(name): what makes active team names unique. */
  name_key: string;
  created_at: string;
  archived_at: string | null;
  is_sample: Flag;
}

export interface TeamMemberRow {
  id: string;
  team_id: string;
  name: string;
  /** nameKey(name): what makes member names unique within a team. */
  name_key: string;
  position: number;
}

export interface TeamTemplateRow {
  team_id: string;
  /** JSON: TemplateStage[] */
  stages_json: string;
  /** JSON: PracticePrompts */
  prompts_json: string;
  auto_start_timer: Flag;
  dots_per_participant: number;
  hide_cards_until_reveal: Flag;
}

export interface SessionRow {
  id: string;
  team_id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  status: SessionStatus;
  current_stage: StageId;
  /** JSON: the stages this session runs, { id, minutes }[] */
  stages_json: string;
  participant_mode: ParticipantMode;
  dots_per_participant: number;
  hide_cards_until_reveal: Flag;
  auto_start_timer: Flag;
  pulse_revealed: Flag;
  votes_revealed: Flag;
  roti_revealed: Flag;
  notes: string;
  summary: string;
  timer_stage: StageId;
  timer_duration_ms: number;
  timer_elapsed_ms: number;
  timer_started_at: string | null;
  created_at: string;
  closed_at: string | null;
}

export interface ParticipantRow {
  id: string;
  session_id: string;
  label: string;
  member_id: string | null;
  check_in: string | null;
  position: number;
  /** 'room' when the person joined from their own device. */
  via: 'console' | 'room';
}

/** How a rating or a dot was entered: the facilitator's tally, or someone's private entry. */
export type Entry = 'tally' | 'private';

/** A rating holds no link to who gave it. */
export interface PulseRatingRow {
  id: string;
  session_id: string;
  practice_id: PracticeId;
  score: number;
  entry: Entry;
}

export interface CardGroupRow {
  id: string;
  session_id: string;
  title: string;
  circle: Circle | null;
  created_at: string;
}

export interface CardRow {
  id: string;
  session_id: string;
  practice_id: PracticeId;
  kind: CardKind;
  text: string;
  hidden: Flag;
  group_id: string | null;
  circle: Circle | null;
  created_at: string;
}

/** Dots on exactly one of a card or a group, with no link to who placed them. */
export interface VoteRow {
  id: string;
  session_id: string;
  card_id: string | null;
  group_id: string | null;
  dots: number;
  entry: Entry;
}

export interface KudosRow {
  id: string;
  session_id: string;
  act: string;
  who: string;
  outcome: KudosOutcome;
  created_at: string;
}

export interface ActionRow {
  id: string;
  session_id: string;
  team_id: string;
  title: string;
  owner: string;
  due_date: string | null;
  practice_id: PracticeId;
  circle: Exclude<Circle, 'concern'>;
  card_id: string | null;
  group_id: string | null;
  status: FollowUpStatus;
  created_at: string;
}

export interface CommitmentRow {
  id: string;
  session_id: string;
  team_id: string;
  participant_id: string | null;
  person: string;
  text: string;
  status: FollowUpStatus;
  created_at: string;
}

/** A session's verdict on an earlier follow-up: exactly one of an action or a commitment. */
export interface ReviewRow {
  id: string;
  session_id: string;
  action_id: string | null;
  commitment_id: string | null;
  status: ReviewStatus;
  note: string;
  reviewed_at: string;
}

export interface RotiRatingRow {
  id: string;
  session_id: string;
  score: number;
  entry: Entry;
}

export type Round = 'pulse' | 'votes' | 'roti';

/** Someone has entered their private ratings, dots or ROTI answer: not what they entered. */
export interface SubmissionRow {
  session_id: string;
  round: Round;
  participant_id: string;
}

/** What the shared screen shows: the one row there is, or none before anything was shown. */
export interface SharedScreenRow {
  id: 1;
  shows: 'idle' | 'session' | 'chart';
  /** The team of the idle screen, the retro or the chart. */
  team_id: string | null;
  session_id: string | null;
  slide_id: string | null;
  /** The page of a long stage the facilitator turned to, and the stage it belongs to. */
  page: number;
  page_stage: StageId | null;
}

/** How many ratings of a session gave 1..5: for a practice (pulse_totals) or the ROTI (roti_totals). */
export interface RatingTotalsRow {
  session_id: string;
  d1: number;
  d2: number;
  d3: number;
  d4: number;
  d5: number;
}

export interface PulseTotalsRow extends RatingTotalsRow {
  practice_id: PracticeId;
}
