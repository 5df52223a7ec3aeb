import { z } from 'zod';
import { type Contract, contract, METHOD_NAMES, type MethodName } from './contract';

// What a change makes stale and how it is announced: which queries each change method reaches,
// the `data.changed` event that names the retro and team it concerns, and the fresh answer a
// window shows at once.

/** The methods that only read. */
export type QueryMethodName = {
  [M in MethodName]: Contract[M]['kind'] extends 'query' ? M : never;
}[MethodName];
/** The methods that change stored data and announce it with `data.changed`. */
export type ChangeMethodName = Exclude<MethodName, QueryMethodName>;
/** The part of a query method's name before the dot: `sessions` for `sessions.get`. */
export type QueryNamespace = QueryMethodName extends `${infer Namespace}.${string}`
  ? Namespace
  : never;

export const namespaceOf = (method: string): string => method.split('.')[0] ?? method;

const EVERYTHING = [
  ...new Set(METHOD_NAMES.filter((name) => contract[name].kind === 'query').map(namespaceOf)),
] as QueryNamespace[];
/**
 * What a session's content feeds: its own views, the progress charts, reports, insights and the
 * shared screen (its pages, and the team name it shows).
 */
const SESSION_CONTENT: readonly QueryNamespace[] = [
  'sessions',
  'dashboard',
  'reports',
  'insights',
  'screen',
];

/**
 * What each change makes stale, by query namespace: on `data.changed` every window refetches
 * the queries of these namespaces and leaves the rest alone.
 */
export const affects: Record<ChangeMethodName, readonly QueryNamespace[]> = {
  // The leads' insights overview lists every team by name, the archived ones last.
  'teams.create': ['teams', 'dashboard', 'insights'],
  'teams.rename': ['teams', ...SESSION_CONTENT],
  'teams.setArchived': ['teams', 'dashboard', 'insights'],
  'teams.delete': ['teams', 'templates', ...SESSION_CONTENT],
  // Reports name members when they anonymise, so the roster is part of them.
  'teams.addMember': ['teams', 'reports'],
  'teams.removeMember': ['teams', 'reports'],

  'templates.update': ['templates'],
  'templates.reset': ['templates'],

  'sessions.create': SESSION_CONTENT,
  'sessions.update': SESSION_CONTENT,
  'sessions.delete': SESSION_CONTENT,
  'sessions.goToStage': SESSION_CONTENT,
  'sessions.close': SESSION_CONTENT,
  'sessions.reopen': SESSION_CONTENT,

  'screen.show': ['screen'],
  'screen.turnPage': ['screen'],

  'timer.start': ['sessions'],
  'timer.pause': ['sessions'],
  'timer.reset': ['sessions'],
  'timer.extend': ['sessions'],

  'participants.set': SESSION_CONTENT,
  'participants.checkIn': SESSION_CONTENT,
  'pulse.setTally': SESSION_CONTENT,
  'pulse.submit': SESSION_CONTENT,
  'pulse.reveal': SESSION_CONTENT,
  'cards.add': SESSION_CONTENT,
  'cards.update': SESSION_CONTENT,
  'cards.delete': SESSION_CONTENT,
  'cards.revealAll': SESSION_CONTENT,
  'groups.create': SESSION_CONTENT,
  'groups.addCards': SESSION_CONTENT,
  'groups.removeCard': SESSION_CONTENT,
  'groups.rename': SESSION_CONTENT,
  'groups.delete': SESSION_CONTENT,
  'votes.setTally': SESSION_CONTENT,
  'votes.submit': SESSION_CONTENT,
  'votes.reveal': SESSION_CONTENT,
  'items.setCircle': SESSION_CONTENT,
  'kudos.add': SESSION_CONTENT,
  'kudos.delete': SESSION_CONTENT,
  'actions.add': SESSION_CONTENT,
  'actions.update': SESSION_CONTENT,
  'actions.delete': SESSION_CONTENT,
  'commitments.add': SESSION_CONTENT,
  'commitments.delete': SESSION_CONTENT,
  'review.mark': SESSION_CONTENT,
  'review.clear': SESSION_CONTENT,
  'roti.setTally': SESSION_CONTENT,
  'roti.submit': SESSION_CONTENT,
  'roti.reveal': SESSION_CONTENT,
  'entries.clearPrivate': SESSION_CONTENT,
  'room.start': ['room'],
  'room.lock': ['room'],
  'room.removeDevice': ['room', ...SESSION_CONTENT],
  'room.stop': ['room'],

  'sample.load': EVERYTHING,
  'sample.remove': EVERYTHING,
  'data.import': EVERYTHING,
  'backups.create': ['backups'],
  'backups.restore': EVERYTHING,
  'recovery.restoreLatest': EVERYTHING,
  'recovery.startFresh': EVERYTHING,
  'reports.savePdf': [],
};

/**
 * The changes that reach a team's other retros, not only their own: follow-ups show up in later
 * retros' Review, and what is closed (or its date) moves the insights of the retros after it.
 */
export const REACHES_TEAM: ReadonlySet<ChangeMethodName> = new Set<ChangeMethodName>([
  'sessions.update',
  'sessions.delete',
  'sessions.close',
  'sessions.reopen',
  'actions.add',
  'actions.update',
  'actions.delete',
  'commitments.add',
  'commitments.delete',
  'review.mark',
  'review.clear',
]);

/**
 * What a change concerns: the retro and the team it was made in (none for changes of the whole
 * workspace, such as an import). A window refetches only the queries about them.
 */
export const ChangeScope = z.object({
  sessionId: z.string().optional(),
  teamId: z.string().optional(),
});
export type ChangeScope = z.output<typeof ChangeScope>;

/** A query's new answer that comes back with a change, so the window that made it need not ask. */
export interface FreshAnswer {
  method: QueryMethodName;
  input: Record<string, string>;
  value: unknown;
}

/** What a change answers besides its value: its number (as in its event) and fresh answers. */
export interface ChangeNote {
  change: number;
  fresh: FreshAnswer[];
}

/**
 * The views a change answers with: the console's view of the retro it concerns, else the team it
 * concerns, when the change makes that view stale; and the shared screen's state, which every
 * console follows, when the change moves it.
 */
export function freshQueriesOf(
  method: ChangeMethodName,
  scope: ChangeScope,
): Omit<FreshAnswer, 'value'>[] {
  const stale = affects[method];
  const fresh: Omit<FreshAnswer, 'value'>[] = [];
  if (scope.sessionId && stale.includes('sessions')) {
    fresh.push({ method: 'sessions.get', input: { sessionId: scope.sessionId } });
  } else if (scope.teamId && stale.includes('teams')) {
    fresh.push({ method: 'teams.get', input: { teamId: scope.teamId } });
  }
  if (stale.includes('screen')) fresh.push({ method: 'screen.get', input: {} });
  return fresh;
}

/** Events the main side pushes to every open window. */
export const events = {
  /**
   * Stored data changed; `method` is the mutation or task that changed it, `change` its number
   * in this run of the app (also in the answer to the window that made it).
   */
  'data.changed': ChangeScope.extend({ method: z.enum(METHOD_NAMES), change: z.number().int() }),
  /** A device joined, checked in or submitted something: the room's counts changed. */
  'room.changed': z.object({ sessionId: z.string() }),
};
export type EventName = keyof typeof events;
export type AppEvent = {
  [E in EventName]: { name: E; payload: z.output<(typeof events)[E]> };
}[EventName];
export type DataChanged = z.output<(typeof events)['data.changed']>;

export const dataChanged = (
  method: MethodName,
  change: number,
  scope: ChangeScope = {},
): AppEvent => ({
  name: 'data.changed',
  payload: { method, change, ...scope },
});

export const roomChanged = (sessionId: string): AppEvent => ({
  name: 'room.changed',
  payload: { sessionId },
});
