import { contract, isMethodName, type MethodName } from '@shared/contract';
import {
  type AppEvent,
  type ChangeMethodName,
  type ChangeNote,
  type ChangeScope,
  dataChanged,
  type FreshAnswer,
  freshQueriesOf,
  REACHES_TEAM,
} from '@shared/contract-changes';
import { AppError, type Envelope } from '@shared/errors';
import { parseInput } from '@shared/validation';
import { scopeOfInput, withCreated } from '../services/change-scope';
import { forgetFocus } from '../services/insights/focus-memo';
import { type HandlerContext, handlers } from './handlers';
import { storageError } from './storage-errors';

export type Answer = Envelope<unknown, ChangeNote>;
/** Answers a query or a mutation at once. Tasks (backups, restores) answer later: see `Call`. */
export type Dispatch = (method: string, rawInput: unknown) => Answer;
/**
 * Answers any method, tasks included; what the transports use. A mutation's answer also brings
 * the fresh view of what it changed (see `freshQueriesOf`).
 */
export type Call = (method: string, rawInput: unknown) => Promise<Answer>;

export interface Dispatcher {
  dispatch: Dispatch;
  call: Call;
}

/** What a handler did: its value and, for a mutation, the retro and team it concerns. */
export interface Outcome {
  value: unknown;
  scope?: ChangeScope;
}

interface Prepared {
  method: MethodName;
  run: (rawInput: unknown) => Outcome | Promise<Outcome>;
}

/** The handler for a method with its input already validated, or undefined when unavailable. */
export type Route = (
  method: MethodName,
) => ((input: unknown) => Outcome | Promise<Outcome>) | undefined;

/**
 * The single entry for every transport: checks the method name, validates the input against the
 * contract, runs the service and turns any failure into a typed error. Never throws.
 */
export function createDispatch(
  ctx: HandlerContext,
  broadcast: (event: AppEvent) => void,
  log: (error: unknown) => void = console.error,
): Dispatch {
  return createDispatcher(routeTo(ctx), broadcast, log).dispatch;
}

/**
 * Every method of the contract, each bound to its handler. A change first checks that the
 * database file is still the one opened; a mutation runs in one transaction, so one that fails
 * half-way (a full disk, say) leaves nothing half-written.
 */
export function routeTo(ctx: HandlerContext): Route {
  return (method) => {
    const handler = handlers[method] as (ctx: HandlerContext, input: unknown) => unknown;
    const { kind } = contract[method];
    if (kind === 'query') return (input) => ({ value: handler(ctx, input) });
    if (kind === 'task') {
      return async (input) => {
        ctx.assertFileIntact?.();
        try {
          return { value: await handler(ctx, input) };
        } finally {
          // A restore or an import can rewrite any retro; in recovery there is no database yet.
          if (!ctx.info.recovery) forgetFocus(ctx.db);
        }
      };
    }
    return (input) => {
      ctx.assertFileIntact?.();
      return ctx.db.transaction(() => {
        const scope = scopeOfInput(ctx.db, input);
        const value = handler(ctx, input);
        if (!scope.sessionId || REACHES_TEAM.has(method as ChangeMethodName)) forgetFocus(ctx.db);
        return { value, scope: withCreated(method, scope, value) };
      })();
    };
  };
}

/** While the workspace is in recovery: only the methods the contract marks `duringRecovery`. */
export function recoveryRouteTo(ctx: HandlerContext): Route {
  const route = routeTo(ctx);
  return (method) => (contract[method].duringRecovery ? route(method) : undefined);
}

/** Changes made in this process, so far; numbers stay unique when a workspace is reopened. */
let changes = 0;

/** The number of the next change, whoever makes it (a window, or a device in the room). */
export function nextChangeNumber(): number {
  changes += 1;
  return changes;
}

/**
 * Dispatch and call over one routing table. While a task runs, other tasks and mutations are
 * refused (a restore rewrites the whole workspace), queries are still answered.
 */
export function createDispatcher(
  route: Route,
  broadcast: (event: AppEvent) => void,
  log: (error: unknown) => void = console.error,
  unavailable = 'That is not available right now.',
): Dispatcher {
  let taskRunning = false;

  function prepare(method: string): Prepared | AppError {
    if (!isMethodName(method)) return new AppError('not_found', `Unknown request “${method}”.`);
    const handler = route(method);
    if (!handler) return new AppError('conflict', unavailable);
    if (taskRunning && contract[method].kind !== 'query') {
      return new AppError(
        'conflict',
        'Threadline is busy finishing a backup, a restore or a PDF. Try again in a moment.',
      );
    }
    return {
      method,
      run: (rawInput) => handler(parseInput(contract[method].input, rawInput ?? {})),
    };
  }

  /** Runs a query or a mutation; a mutation's scope comes along, for its fresh answer. */
  function perform(name: string, rawInput: unknown): { answer: Answer; scope?: ChangeScope } {
    const prepared = prepare(name);
    if (prepared instanceof AppError) return { answer: failure(prepared) };
    const { method, run } = prepared;
    if (contract[method].kind === 'task') {
      const misuse = new AppError('internal', `“${method}” answers later; use call, not dispatch.`);
      return { answer: failure(misuse) };
    }
    try {
      const { value, scope = {} } = run(rawInput) as Outcome;
      if (contract[method].kind === 'query') return { answer: { ok: true, value } };
      const change = announce(method, scope);
      return { answer: { ok: true, value, change: { change, fresh: [] } }, scope };
    } catch (error) {
      return { answer: toFailure(error) };
    }
  }

  const dispatch: Dispatch = (name, rawInput) => perform(name, rawInput).answer;

  /** The views a change made stale, as they are now; none that is gone (a deleted retro). */
  function freshAnswers(method: ChangeMethodName, scope: ChangeScope): FreshAnswer[] {
    return freshQueriesOf(method, scope).flatMap((query) => {
      const handler = route(query.method);
      if (!handler) return [];
      try {
        return [{ ...query, value: (handler(query.input) as Outcome).value }];
      } catch {
        return [];
      }
    });
  }

  const call: Call = async (name, rawInput) => {
    if (!isMethodName(name) || contract[name].kind !== 'task') {
      const { answer, scope } = perform(name, rawInput);
      if (!answer.ok || !answer.change || !scope) return answer;
      const fresh = freshAnswers(name as ChangeMethodName, scope);
      return { ...answer, change: { ...answer.change, fresh } };
    }
    const prepared = prepare(name);
    if (prepared instanceof AppError) return failure(prepared);
    const { method, run } = prepared;
    taskRunning = true;
    try {
      const { value } = await run(rawInput);
      announce(method, {});
      return { ok: true, value };
    } catch (error) {
      return toFailure(error);
    } finally {
      taskRunning = false;
    }
  };

  /** Tells every window what changed; returns the change's number. */
  function announce(method: MethodName, scope: ChangeScope): number {
    const change = nextChangeNumber();
    broadcast(dataChanged(method, change, scope));
    return change;
  }

  function toFailure(error: unknown): Envelope<never> {
    if (error instanceof AppError) return failure(error);
    const storage = storageError(error);
    if (storage) return failure(storage);
    log(error);
    return failure(
      new AppError('internal', 'Something went wrong while saving. Nothing was changed.'),
    );
  }

  return { dispatch, call };
}

function failure(error: AppError): Envelope<never> {
  return { ok: false, error: error.toPayload() };
}
