import {
  type AppEvent,
  contract,
  dataChanged,
  isMethodName,
  type MethodName,
} from '@shared/contract';
import { AppError, type Envelope } from '@shared/errors';
import { parseInput } from '@shared/validation';
import { type HandlerContext, handlers } from './handlers';
import { storageError } from './storage-errors';

/** Answers a query or a mutation at once. Tasks (backups, restores) answer later: see `Call`. */
export type Dispatch = (method: string, rawInput: unknown) => Envelope<unknown>;
/** Answers any method, tasks included; what the transports use. */
export type Call = (method: string, rawInput: unknown) => Promise<Envelope<unknown>>;

export interface Dispatcher {
  dispatch: Dispatch;
  call: Call;
}

interface Prepared {
  method: MethodName;
  run: (rawInput: unknown) => unknown;
}

/** The handler for a method with its input already validated, or undefined when unavailable. */
export type Route = (method: MethodName) => ((input: unknown) => unknown) | undefined;

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
    if (kind === 'query') return (input) => handler(ctx, input);
    if (kind === 'task') {
      return (input) => {
        ctx.assertFileIntact?.();
        return handler(ctx, input);
      };
    }
    return (input) => {
      ctx.assertFileIntact?.();
      return ctx.db.transaction(() => handler(ctx, input))();
    };
  };
}

/** While the workspace is in recovery: only the methods the contract marks `duringRecovery`. */
export function recoveryRouteTo(ctx: HandlerContext): Route {
  const route = routeTo(ctx);
  return (method) => (contract[method].duringRecovery ? route(method) : undefined);
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

  const dispatch: Dispatch = (name, rawInput) => {
    const prepared = prepare(name);
    if (prepared instanceof AppError) return failure(prepared);
    const { method, run } = prepared;
    if (contract[method].kind === 'task') {
      return failure(
        new AppError('internal', `“${method}” answers later; use call, not dispatch.`),
      );
    }
    try {
      const value = run(rawInput);
      announce(method);
      return { ok: true, value };
    } catch (error) {
      return toFailure(error);
    }
  };

  const call: Call = async (name, rawInput) => {
    if (!isMethodName(name) || contract[name].kind !== 'task') return dispatch(name, rawInput);
    const prepared = prepare(name);
    if (prepared instanceof AppError) return failure(prepared);
    const { method, run } = prepared;
    taskRunning = true;
    try {
      const value = await run(rawInput);
      announce(method);
      return { ok: true, value };
    } catch (error) {
      return toFailure(error);
    } finally {
      taskRunning = false;
    }
  };

  function announce(method: MethodName): void {
    if (contract[method].kind !== 'query') broadcast(dataChanged(method));
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
