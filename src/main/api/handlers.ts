import type { AppInfo, Contract, MethodName, MethodResult, ParsedInput } from '@shared/contract';
import { conflict } from '@shared/errors';
import type { Database } from 'better-sqlite3';
import { leaveRecovery, type Recover } from '../recovery';
import type { RoomControl } from '../room/room-control';
import * as backups from '../services/backups';
import * as cards from '../services/cards';
import * as dashboard from '../services/dashboard';
import * as followUps from '../services/follow-ups';
import * as insights from '../services/insights';
import * as kudos from '../services/kudos';
import * as participants from '../services/participants';
import * as exporting from '../services/portability/export';
import * as importing from '../services/portability/import';
import { getPresentationView } from '../services/presentation';
import * as pulse from '../services/pulse';
import { type DesktopHost, savePdf } from '../services/report-pdf';
import * as reports from '../services/reports';
import * as review from '../services/review';
import * as roti from '../services/roti';
import * as sampleTeam from '../services/sample-team';
import { getSessionView } from '../services/session-view';
import * as sessions from '../services/sessions';
import * as sharedScreen from '../services/shared-screen';
import { clearPrivateRound } from '../services/submissions';
import * as teams from '../services/teams';
import * as templates from '../services/templates';
import * as votes from '../services/votes';

export type { DesktopHost };

export interface HandlerContext {
  /** The open database; reading it throws while the workspace is in recovery. */
  db: Database;
  info: AppInfo;
  host?: DesktopHost;
  /** Set while the workspace is in recovery: how it leaves recovery. */
  recover?: Recover;
  /** Throws a typed error when the open database file was deleted or replaced on disk. */
  assertFileIntact?: () => void;
  /** The room people join from their own devices. */
  room?: RoomControl;
}

function roomOf(ctx: HandlerContext): RoomControl {
  if (!ctx.room) throw conflict('People cannot join from their own devices here.');
  return ctx.room;
}

/** What a handler returns: tasks answer with a promise. */
export type HandlerResult<M extends MethodName> = Contract[M]['kind'] extends 'task'
  ? Promise<MethodResult<M>>
  : MethodResult<M>;

type Handlers = {
  [M in MethodName]: (ctx: HandlerContext, input: ParsedInput<M>) => HandlerResult<M>;
};

/** Binds each contract method to its service; the type makes a missing method a compile error. */
export const handlers: Handlers = {
  'app.info': (ctx) => ctx.info,

  'teams.list': (ctx, input) => teams.listTeams(ctx.db, input),
  'teams.get': (ctx, input) => teams.getTeam(ctx.db, input),
  'teams.create': (ctx, input) => teams.createTeam(ctx.db, input),
  'teams.rename': (ctx, input) => teams.renameTeam(ctx.db, input),
  'teams.setArchived': (ctx, input) => teams.setTeamArchived(ctx.db, input),
  'teams.delete': (ctx, input) => teams.deleteTeam(ctx.db, input),
  'teams.addMember': (ctx, input) => teams.addMember(ctx.db, input),
  'teams.removeMember': (ctx, input) => teams.removeMember(ctx.db, input),

  'templates.get': (ctx, input) => templates.getTemplate(ctx.db, input),
  'templates.update': (ctx, input) => templates.updateTemplate(ctx.db, input),
  'templates.reset': (ctx, input) => templates.resetTemplate(ctx.db, input),

  'sessions.list': (ctx, input) => sessions.listSessions(ctx.db, input),
  'sessions.page': (ctx, input) => sessions.sessionPage(ctx.db, input),
  'sessions.create': (ctx, input) => sessions.createSession(ctx.db, input),
  'sessions.get': (ctx, input) => getSessionView(ctx.db, input.sessionId),
  'sessions.presentation': (ctx, input) => getPresentationView(ctx.db, input.sessionId),
  'sessions.update': (ctx, input) => sessions.updateSession(ctx.db, input),
  'sessions.delete': (ctx, input) => sessions.deleteSession(ctx.db, input),
  'sessions.goToStage': (ctx, input) => sessions.goToStage(ctx.db, input),
  'sessions.close': (ctx, input) => sessions.closeSession(ctx.db, input),
  'sessions.reopen': (ctx, input) => sessions.reopenSession(ctx.db, input),

  'screen.get': (ctx) => sharedScreen.getSharedScreen(ctx.db),
  'screen.show': (ctx, input) => sharedScreen.showOnScreen(ctx.db, input),
  'screen.turnPage': (ctx, input) => sharedScreen.turnScreenPage(ctx.db, input),

  'timer.start': (ctx, input) => sessions.startTimer(ctx.db, input),
  'timer.pause': (ctx, input) => sessions.pauseTimer(ctx.db, input),
  'timer.reset': (ctx, input) => sessions.resetTimer(ctx.db, input),
  'timer.extend': (ctx, input) => sessions.extendTimer(ctx.db, input),

  'participants.set': (ctx, input) => participants.setParticipants(ctx.db, input),
  'participants.checkIn': (ctx, input) => participants.checkIn(ctx.db, input),

  'pulse.setTally': (ctx, input) => pulse.setPulseTally(ctx.db, input),
  'pulse.submit': (ctx, input) => pulse.submitPulse(ctx.db, input),
  'pulse.reveal': (ctx, input) => pulse.revealPulse(ctx.db, input),

  'cards.add': (ctx, input) => cards.addCard(ctx.db, input),
  'cards.update': (ctx, input) => cards.updateCard(ctx.db, input),
  'cards.delete': (ctx, input) => cards.deleteCard(ctx.db, input),
  'cards.revealAll': (ctx, input) => cards.revealAllCards(ctx.db, input),

  'groups.create': (ctx, input) => cards.createGroup(ctx.db, input),
  'groups.addCards': (ctx, input) => cards.addCardsToGroup(ctx.db, input),
  'groups.removeCard': (ctx, input) => cards.removeCardFromGroup(ctx.db, input),
  'groups.rename': (ctx, input) => cards.renameGroup(ctx.db, input),
  'groups.delete': (ctx, input) => cards.deleteGroup(ctx.db, input),

  'votes.setTally': (ctx, input) => votes.setVoteTally(ctx.db, input),
  'votes.submit': (ctx, input) => votes.submitVotes(ctx.db, input),
  'votes.reveal': (ctx, input) => votes.revealVotes(ctx.db, input),
  'items.setCircle': (ctx, input) => votes.setCircle(ctx.db, input),

  'kudos.add': (ctx, input) => kudos.addKudos(ctx.db, input),
  'kudos.delete': (ctx, input) => kudos.deleteKudos(ctx.db, input),

  'actions.add': (ctx, input) => followUps.addAction(ctx.db, input),
  'actions.update': (ctx, input) => followUps.updateAction(ctx.db, input),
  'actions.delete': (ctx, input) => followUps.deleteAction(ctx.db, input),
  'commitments.add': (ctx, input) => followUps.addCommitment(ctx.db, input),
  'commitments.delete': (ctx, input) => followUps.deleteCommitment(ctx.db, input),
  'review.mark': (ctx, input) => review.markReview(ctx.db, input),
  'review.clear': (ctx, input) => review.clearReview(ctx.db, input),

  'roti.setTally': (ctx, input) => roti.setRotiTally(ctx.db, input),
  'roti.submit': (ctx, input) => roti.submitRoti(ctx.db, input),
  'roti.reveal': (ctx, input) => roti.revealRoti(ctx.db, input),
  'entries.clearPrivate': (ctx, input) => clearPrivateRound(ctx.db, input),

  'room.addresses': (ctx) => roomOf(ctx).addresses(),
  'room.status': (ctx, input) => roomOf(ctx).status(input.sessionId),
  'room.start': (ctx, input) => roomOf(ctx).start(input.sessionId, input.address),
  'room.lock': (ctx, input) => roomOf(ctx).lock(input.sessionId, input.locked),
  'room.removeDevice': (ctx, input) => roomOf(ctx).removeDevice(input.sessionId, input.deviceId),
  'room.stop': (ctx, input) => roomOf(ctx).stop(input.sessionId),

  'dashboard.team': (ctx, input) => dashboard.teamDashboard(ctx.db, input),
  'dashboard.overview': (ctx, input) => dashboard.overview(ctx.db, input),
  'insights.team': (ctx, input) => insights.teamInsights(ctx.db, input),
  'insights.session': (ctx, input) => insights.sessionInsights(ctx.db, input),
  'insights.overview': (ctx, input) => insights.insightsOverview(ctx.db, input),
  'sample.load': (ctx) => sampleTeam.loadSampleTeam(ctx.db),
  'sample.remove': (ctx) => sampleTeam.removeSampleTeam(ctx.db),

  'backups.list': (ctx) => backups.listBackups(ctx.info.dataDir),
  'backups.create': (ctx) => backups.createBackup(ctx.db, ctx.info.dataDir),
  'backups.restore': (ctx, input) =>
    backups.restoreBackup(ctx.db, ctx.info.dataDir, ctx.info.databaseFile, input.backupId),
  'recovery.restoreLatest': (ctx) => leaveRecovery(ctx.recover, true),
  'recovery.startFresh': (ctx) => leaveRecovery(ctx.recover, false),

  'data.exportTeam': (ctx, input) => exporting.exportTeam(ctx.db, input, ctx.info.version),
  'data.exportWorkspace': (ctx, input) =>
    exporting.exportWorkspace(ctx.db, input, ctx.info.version),
  'data.previewImport': (ctx, input) => importing.previewImport(ctx.db, input),
  'data.import': (ctx, input) => importing.importFile(ctx.db, input),

  'reports.sessionData': (ctx, input) => reports.sessionReport(ctx.db, input),
  'reports.teamData': (ctx, input) => reports.teamReport(ctx.db, input),
  'reports.sessionMarkdown': (ctx, input) => reports.sessionMarkdownFile(ctx.db, input),
  'reports.teamMarkdown': (ctx, input) => reports.teamMarkdownFile(ctx.db, input),
  'reports.sessionCsv': (ctx, input) => reports.sessionCsvFile(ctx.db, input),
  'reports.teamCsv': (ctx, input) => reports.teamCsvFile(ctx.db, input),
  'reports.savePdf': (ctx, input) => savePdf(ctx.db, input, ctx.host),
};
