import { z } from 'zod';
import {
  type BackupInfo,
  type RecoveryInfo,
  type RecoveryResult,
  RestoreBackupInput,
  type RestoreResult,
} from './backups';
import type { AppEvent, ChangeNote } from './contract-changes';
import {
  OverviewInput,
  type OverviewRow,
  type TeamDashboard,
  TeamDashboardInput,
} from './dashboard';
import type { TeamInsights, TeamInsightsRow } from './insights';
import {
  type ExportFile,
  ExportTeamInput,
  ExportWorkspaceInput,
  ImportInput,
  type ImportPreview,
  type ImportReport,
  PreviewImportInput,
} from './portability';
import {
  type ReportFile,
  SavePdfInput,
  type SavePdfResult,
  type SessionReport,
  SessionReportInput,
  type TeamReport,
  TeamReportInput,
} from './reports';
import {
  type RoomAddresses,
  RoomDeviceInput,
  RoomLockInput,
  RoomStartInput,
  type RoomStatus,
} from './room';
import { type SharedScreen, ShowOnScreenInput, TurnPageInput } from './screen';
import {
  ActionRef,
  AddActionInput,
  AddCardInput,
  AddCommitmentInput,
  AddKudosInput,
  CardRef,
  CheckInInput,
  ClearPrivateInput,
  CommitmentRef,
  CreateGroupInput,
  CreateSessionInput,
  ExtendTimerInput,
  GoToStageInput,
  GroupCardsInput,
  GroupRef,
  KudosRef,
  PulseSubmitInput,
  PulseTallyInput,
  RenameGroupInput,
  RevealInput,
  ReviewClearInput,
  ReviewMarkInput,
  RotiSubmitInput,
  RotiTallyInput,
  SessionPageInput,
  SessionRef,
  SetCircleInput,
  SetParticipantsInput,
  TeamSessionsInput,
  TemplateInput,
  UpdateActionInput,
  UpdateCardInput,
  UpdateSessionInput,
  VoteSubmitInput,
  VoteTallyInput,
} from './session-inputs';
import type {
  Action,
  Card,
  CardGroup,
  Commitment,
  Kudos,
  PresentationView,
  SessionPage,
  SessionSummary,
  SessionView,
  TeamTemplate,
} from './sessions';
import {
  AddMemberInput,
  CreateTeamInput,
  ListTeamsInput,
  RemoveMemberInput,
  RenameTeamInput,
  SetTeamArchivedInput,
  type Team,
  TeamRef,
} from './teams';

/**
 * The API contract: the single source of truth for every transport.
 * IPC handlers, the preload bridge, the HTTP routes and the renderer client derive from it.
 * `kind: 'mutation'` methods announce a `data.changed` event to every open window; `affects`
 * (contract-changes.ts) names the queries each one makes stale.
 * `kind: 'task'` methods are mutations that finish later (backups, restores): their handlers
 * return a promise, and other changes are refused until they are done.
 * `duringRecovery: true` marks the few methods still answered while the workspace file could not
 * be opened at start (see workspace.ts); every other method waits until it is recovered.
 */
type Kind = 'query' | 'mutation' | 'task';
interface MethodOptions {
  duringRecovery?: boolean;
}
const method =
  <Result>() =>
  <K extends Kind, Input extends z.ZodType>(
    kind: K,
    input: Input,
    options: MethodOptions = {},
  ) => ({
    kind,
    input,
    duringRecovery: options.duringRecovery ?? false,
    result: undefined as unknown as Result,
  });

export interface AppInfo {
  version: string;
  mode: 'desktop' | 'browser';
  dataDir: string;
  databaseFile: string;
  /** The folder backups are written to. */
  backupDir: string;
  /** Set when the workspace file could not be used at start: only recovery is possible. */
  recovery: RecoveryInfo | null;
}

const NoInput = z.object({}).default({});
const recovery = { duringRecovery: true };

export const contract = {
  'app.info': method<AppInfo>()('query', NoInput, recovery),

  'teams.list': method<Team[]>()('query', ListTeamsInput),
  'teams.get': method<Team>()('query', TeamRef),
  'teams.create': method<Team>()('mutation', CreateTeamInput),
  'teams.rename': method<Team>()('mutation', RenameTeamInput),
  'teams.setArchived': method<Team>()('mutation', SetTeamArchivedInput),
  'teams.delete': method<{ teamId: string }>()('mutation', TeamRef),
  'teams.addMember': method<Team>()('mutation', AddMemberInput),
  'teams.removeMember': method<Team>()('mutation', RemoveMemberInput),

  'templates.get': method<TeamTemplate>()('query', TeamSessionsInput),
  'templates.update': method<TeamTemplate>()('mutation', TemplateInput),
  'templates.reset': method<TeamTemplate>()('mutation', TeamSessionsInput),

  'sessions.list': method<SessionSummary[]>()('query', TeamSessionsInput),
  /** A page of a team's retros, newest first: what the team page lists. */
  'sessions.page': method<SessionPage>()('query', SessionPageInput),
  'sessions.create': method<SessionSummary>()('mutation', CreateSessionInput),
  'sessions.get': method<SessionView>()('query', SessionRef),
  'sessions.presentation': method<PresentationView>()('query', SessionRef),
  'sessions.update': method<SessionSummary>()('mutation', UpdateSessionInput),
  'sessions.delete': method<{ sessionId: string }>()('mutation', SessionRef),
  'sessions.goToStage': method<SessionSummary>()('mutation', GoToStageInput),
  'sessions.close': method<SessionSummary>()('mutation', SessionRef),
  'sessions.reopen': method<SessionSummary>()('mutation', SessionRef),

  /** What the shared screen shows; every presentation window follows it. */
  'screen.get': method<SharedScreen>()('query', NoInput),
  'screen.show': method<SharedScreen>()('mutation', ShowOnScreenInput),
  /** Turns the page of a long retro stage on the shared screen. */
  'screen.turnPage': method<SharedScreen>()('mutation', TurnPageInput),

  'timer.start': method<null>()('mutation', SessionRef),
  'timer.pause': method<null>()('mutation', SessionRef),
  'timer.reset': method<null>()('mutation', SessionRef),
  'timer.extend': method<null>()('mutation', ExtendTimerInput),

  'participants.set': method<null>()('mutation', SetParticipantsInput),
  'participants.checkIn': method<null>()('mutation', CheckInInput),

  'pulse.setTally': method<null>()('mutation', PulseTallyInput),
  'pulse.submit': method<null>()('mutation', PulseSubmitInput),
  'pulse.reveal': method<null>()('mutation', RevealInput),

  'cards.add': method<Card>()('mutation', AddCardInput),
  'cards.update': method<Card>()('mutation', UpdateCardInput),
  'cards.delete': method<null>()('mutation', CardRef),
  'cards.revealAll': method<null>()('mutation', SessionRef),

  'groups.create': method<CardGroup>()('mutation', CreateGroupInput),
  'groups.addCards': method<null>()('mutation', GroupCardsInput),
  'groups.removeCard': method<null>()('mutation', CardRef),
  'groups.rename': method<null>()('mutation', RenameGroupInput),
  'groups.delete': method<null>()('mutation', GroupRef),

  'votes.setTally': method<null>()('mutation', VoteTallyInput),
  'votes.submit': method<null>()('mutation', VoteSubmitInput),
  'votes.reveal': method<null>()('mutation', RevealInput),
  'items.setCircle': method<null>()('mutation', SetCircleInput),

  'kudos.add': method<Kudos>()('mutation', AddKudosInput),
  'kudos.delete': method<null>()('mutation', KudosRef),

  'actions.add': method<Action>()('mutation', AddActionInput),
  'actions.update': method<Action>()('mutation', UpdateActionInput),
  'actions.delete': method<null>()('mutation', ActionRef),
  'commitments.add': method<Commitment>()('mutation', AddCommitmentInput),
  'commitments.delete': method<null>()('mutation', CommitmentRef),
  'review.mark': method<null>()('mutation', ReviewMarkInput),
  'review.clear': method<null>()('mutation', ReviewClearInput),

  'roti.setTally': method<null>()('mutation', RotiTallyInput),
  'roti.submit': method<null>()('mutation', RotiSubmitInput),
  'roti.reveal': method<null>()('mutation', RevealInput),
  /** Clears a round's private entries (pass-the-laptop and devices alike): the only redo. */
  'entries.clearPrivate': method<null>()('mutation', ClearPrivateInput),

  /** The machine's non-internal network addresses the room can listen on. */
  'room.addresses': method<RoomAddresses>()('query', NoInput),
  /** The retro's room, or null when it is not running. */
  'room.status': method<RoomStatus | null>()('query', SessionRef),
  /** Let people join: starts the retro's room on one address (stopping any other room). */
  'room.start': method<RoomStatus>()('task', RoomStartInput),
  'room.lock': method<null>()('mutation', RoomLockInput),
  'room.removeDevice': method<null>()('mutation', RoomDeviceInput),
  'room.stop': method<null>()('task', SessionRef),

  'dashboard.team': method<TeamDashboard>()('query', TeamDashboardInput),
  'dashboard.overview': method<OverviewRow[]>()('query', OverviewInput),
  /** "What the trend says" over the closed retros among those the dashboard filter picks. */
  'insights.team': method<TeamInsights>()('query', TeamDashboardInput),
  /** The insights as of a retro (the closed retros up to it, and itself): its Close stage. */
  'insights.session': method<TeamInsights>()('query', SessionRef),
  /** Every team with its insights, those with the most needing attention first. */
  'insights.overview': method<TeamInsightsRow[]>()('query', OverviewInput),
  'sample.load': method<Team>()('mutation', NoInput),
  'sample.remove': method<{ teamId: string }>()('mutation', NoInput),

  'backups.list': method<BackupInfo[]>()('query', NoInput, recovery),
  'backups.create': method<BackupInfo>()('task', NoInput),
  'backups.restore': method<RestoreResult>()('task', RestoreBackupInput),
  'recovery.restoreLatest': method<RecoveryResult>()('task', NoInput, recovery),
  'recovery.startFresh': method<RecoveryResult>()('task', NoInput, recovery),

  'data.exportTeam': method<ExportFile>()('query', ExportTeamInput),
  'data.exportWorkspace': method<ExportFile>()('query', ExportWorkspaceInput),
  'data.previewImport': method<ImportPreview>()('query', PreviewImportInput),
  'data.import': method<ImportReport>()('mutation', ImportInput),

  'reports.sessionData': method<SessionReport>()('query', SessionReportInput),
  'reports.teamData': method<TeamReport>()('query', TeamReportInput),
  'reports.sessionMarkdown': method<ReportFile>()('query', SessionReportInput),
  'reports.teamMarkdown': method<ReportFile>()('query', TeamReportInput),
  'reports.sessionCsv': method<ReportFile>()('query', SessionReportInput),
  'reports.teamCsv': method<ReportFile>()('query', TeamReportInput),
  /** Desktop only: renders the report page to PDF and asks where to save it. */
  'reports.savePdf': method<SavePdfResult>()('task', SavePdfInput),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'];

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** The one object the preload exposes to the renderer as `window.threadline`. */
export interface ThreadlineBridge {
  call(
    method: MethodName,
    input: unknown,
  ): Promise<import('./errors').Envelope<unknown, ChangeNote>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/** Browser mode: the header that carries the per-launch token on every API call. */
export const HTTP_TOKEN_HEADER = 'x-threadline-token';

export const IPC_CHANNEL_PREFIX = 'threadline:';
export const IPC_EVENT_CHANNEL = 'threadline:event';
export const ipcChannel = (name: MethodName) => `${IPC_CHANNEL_PREFIX}${name}`;
