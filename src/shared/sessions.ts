import type { SuggestedFocus } from './insights';
import type { PracticeId } from './practices';
import type { StageId } from './stages';

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
