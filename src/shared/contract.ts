import { z } from 'zod';
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
 * `kind: 'mutation'` methods announce a `data.changed` event to every open window.
 */
type Kind = 'query' | 'mutation';
const method =
  <Result>() =>
  <Input extends z.ZodType>(kind: Kind, input: Input) => ({
    kind,
    input,
    result: undefined as unknown as Result,
  });

export interface AppInfo {
  version: string;
  mode: 'desktop' | 'browser';
  dataDir: string;
  databaseFile: string;
}

const NoInput = z.object({}).default({});

export const contract = {
  'app.info': method<AppInfo>()('query', NoInput),

  'teams.list': method<Team[]>()('query', ListTeamsInput),
  'teams.get': method<Team>()('query', TeamRef),
  'teams.create': method<Team>()('mutation', CreateTeamInput),
  'teams.rename': method<Team>()('mutation', RenameTeamInput),
  'teams.setArchived': method<Team>()('mutation', SetTeamArchivedInput),
  'teams.delete': method<{ teamId: string }>()('mutation', TeamRef),
  'teams.addMember': method<Team>()('mutation', AddMemberInput),
  'teams.removeMember': method<Team>()('mutation', RemoveMemberInput),
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

/** Events the main side pushes to every open window. */
export const events = {
  'data.changed': z.object({ method: z.string() }),
};
export type EventName = keyof typeof events;
export type AppEvent = {
  [E in EventName]: { name: E; payload: z.output<(typeof events)[E]> };
}[EventName];

/** The one object the preload exposes to the renderer as `window.threadline`. */
export interface ThreadlineBridge {
  call(method: MethodName, input: unknown): Promise<import('./errors').Envelope<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

export const IPC_CHANNEL_PREFIX = 'threadline:';
export const IPC_EVENT_CHANNEL = 'threadline:event';
export const ipcChannel = (name: MethodName) => `${IPC_CHANNEL_PREFIX}${name}`;
