import { z } from 'zod';
import { type TeamDashboard, TeamDashboardInput } from './dashboard';
import type { TeamInsights } from './insights';
import type { PracticeId } from './practices';
import type {
  CardKind,
  Circle,
  Distribution,
  FollowUpStatus,
  KudosOutcome,
  ParticipantMode,
  ReviewItem,
  SessionStatus,
  VoteItem,
} from './sessions';
import { Id } from './teams';

// Session and team reports. The main process assembles (and, when asked, anonymises) the data;
// the renderer draws it as a print-styled page, and the main process writes Markdown and CSV.

/** A set of 1–5 ratings: a practice's pulse, or the ROTI. */
export interface ReportRatings {
  distribution: Distribution;
  count: number;
  /** Two decimals; null when nobody rated. */
  mean: number | null;
}

export interface ReportCard {
  id: string;
  practiceId: PracticeId;
  kind: CardKind;
  text: string;
  /** The title of the group the card was merged into. */
  group: string | null;
  /** The dots of what the team voted on: the card itself, or its group. */
  dots: number;
}

export interface ReportKudos {
  id: string;
  act: string;
  who: string;
  outcome: KudosOutcome;
}

export interface ReportAction {
  id: string;
  title: string;
  owner: string;
  dueDate: string | null;
  practiceId: PracticeId;
  circle: Exclude<Circle, 'concern'>;
  status: FollowUpStatus;
}

export interface ReportCommitment {
  id: string;
  person: string;
  text: string;
  status: FollowUpStatus;
}

export interface SessionReport {
  /** Every participant and owner name was replaced by a pseudonym. */
  anonymised: boolean;
  /** The day the report was made (YYYY-MM-DD). */
  generatedOn: string;
  team: { id: string; name: string };
  session: {
    id: string;
    title: string;
    date: string;
    status: SessionStatus;
    closedAt: string | null;
  };
  participants: {
    mode: ParticipantMode;
    count: number;
    /** Listed only when the session recorded names and the report is not anonymised. */
    names: string[];
  };
  /** The four practices, in PRACTICE_IDS order. */
  pulse: (ReportRatings & { practiceId: PracticeId })[];
  cards: ReportCard[];
  /** What the team voted on, most dots first. */
  items: VoteItem[];
  kudos: ReportKudos[];
  actions: ReportAction[];
  commitments: ReportCommitment[];
  /** Earlier sessions' actions and commitments, and what this session said of them. */
  review: ReviewItem[];
  roti: ReportRatings;
  /** The facilitator's closing summary (never the private notes). */
  summary: string;
}

/** An action or commitment still open today, from any of the team's retros. */
export interface OpenFollowUp {
  kind: 'action' | 'commitment';
  id: string;
  text: string;
  owner: string;
  dueDate: string | null;
  /** Actions have a practice; commitments do not. */
  practiceId: PracticeId | null;
  status: Extract<FollowUpStatus, 'open' | 'in_progress'>;
  sessionTitle: string;
  sessionDate: string;
  /** Past its due date on the day of the report. */
  overdue: boolean;
}

export interface TeamReport {
  anonymised: boolean;
  generatedOn: string;
  /** What picked the sessions; null parts were not set. */
  filter: { lastN: number | null; from: string | null; to: string | null };
  dashboard: TeamDashboard;
  /** "What the trend says" over the closed retros among those shown: the report's first section. */
  insights: TeamInsights;
  open: OpenFollowUp[];
}

/** How anonymised reports name people, for the note that says so. */
export const PSEUDONYM_EXAMPLES = {
  session: 'Participant 1, Member 1, Someone',
  team: 'Member 1, Person 1, Someone',
} as const;

/** A text export, ready to save under its suggested name. */
export interface ReportFile {
  fileName: string;
  text: string;
}

export type SavePdfResult = { saved: false } | { saved: true; file: string };

// ---------- Input schemas ----------

const Anonymise = z.boolean({ error: 'Say whether to anonymise names.' }).default(false);

export const SessionReportInput = z.object({ sessionId: Id, anonymise: Anonymise });
export const TeamReportInput = TeamDashboardInput.safeExtend({ anonymise: Anonymise });
export const SavePdfInput = z.discriminatedUnion(
  'kind',
  [
    SessionReportInput.extend({ kind: z.literal('session') }),
    TeamReportInput.safeExtend({ kind: z.literal('team') }),
  ],
  { error: 'Say which report to save: a session or a team report.' },
);

export type SessionReportRequest = z.input<typeof SessionReportInput>;
export type TeamReportRequest = z.input<typeof TeamReportInput>;

// ---------- Routes and names, shared by the renderer, the PDF window and the exports ----------

/**
 * The report page marks its root with this attribute: "loading", then "ready" once the data is in
 * and every chart is drawn, or "failed". The PDF window (and tests) wait for "ready".
 */
export const REPORT_STATE_ATTRIBUTE = 'data-report-state';
export type ReportState = 'loading' | 'ready' | 'failed';

/** The report page's hash route, e.g. `/report/session/<id>?anonymise=1`. */
export function sessionReportRoute(input: SessionReportRequest): string {
  const query = input.anonymise ? '?anonymise=1' : '';
  return `/report/session/${encodeURIComponent(input.sessionId)}${query}`;
}

/** e.g. `/report/team/<id>?last=10&anonymise=1` */
export function teamReportRoute(input: TeamReportRequest): string {
  const params = new URLSearchParams();
  if (input.lastN !== undefined) params.set('last', String(input.lastN));
  if (input.from) params.set('from', input.from);
  if (input.to) params.set('to', input.to);
  if (input.anonymise) params.set('anonymise', '1');
  const query = params.toString();
  return `/report/team/${encodeURIComponent(input.teamId)}${query ? `?${query}` : ''}`;
}

/** Lower-case ASCII words joined by dashes, safe in a file name on every system. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export type ReportExtension = 'md' | 'csv' | 'html' | 'pdf';

/** e.g. `threadline-sprint-12-retro-2026-05-19.pdf`, with `-anonymised` when it is. */
export function sessionReportFileName(report: SessionReport, extension: ReportExtension): string {
  const title = slug(report.session.title) || 'retro';
  const suffix = report.anonymised ? '-anonymised' : '';
  return `threadline-${title}-${report.session.date}${suffix}.${extension}`;
}

/** e.g. `threadline-checkout-squad-team-report-2026-05-20.md` */
export function teamReportFileName(report: TeamReport, extension: ReportExtension): string {
  const team = slug(report.dashboard.team.name) || 'team';
  const suffix = report.anonymised ? '-anonymised' : '';
  return `threadline-${team}-team-report-${report.generatedOn}${suffix}.${extension}`;
}

export interface KeyFigure {
  label: string;
  value: string;
}
