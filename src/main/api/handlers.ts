import type { Database } from 'better-sqlite3';
import type { AppInfo, MethodName, MethodResult, ParsedInput } from '../../shared/contract';
import * as teams from '../services/teams';

export interface HandlerContext {
  db: Database;
  info: AppInfo;
}

type Handlers = {
  [M in MethodName]: (ctx: HandlerContext, input: ParsedInput<M>) => MethodResult<M>;
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
};
