import { type AppEvent, contract, isMethodName, type MethodName } from '../../shared/contract';
import { AppError, type Envelope } from '../../shared/errors';
import { parseInput } from '../../shared/validation';
import { type HandlerContext, handlers } from './handlers';

export type Dispatch = (method: string, rawInput: unknown) => Envelope<unknown>;

/**
 * The single entry for every transport: checks the method name, validates the input against the
 * contract, runs the service and turns any failure into a typed error. Never throws.
 */
export function createDispatch(
  ctx: HandlerContext,
  broadcast: (event: AppEvent) => void,
  log: (error: unknown) => void = console.error,
): Dispatch {
  return (method, rawInput) => {
    if (!isMethodName(method)) {
      return failure(new AppError('not_found', `Unknown request “${String(method)}”.`));
    }
    try {
      const value = run(ctx, method, rawInput);
      if (contract[method].kind === 'mutation') {
        broadcast({ name: 'data.changed', payload: { method } });
      }
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return failure(error);
      log(error);
      return failure(
        new AppError('internal', 'Something went wrong while saving. Nothing was changed.'),
      );
    }
  };
}

function run<M extends MethodName>(ctx: HandlerContext, method: M, rawInput: unknown): unknown {
  const input = parseInput(contract[method].input, rawInput ?? {});
  const handler = handlers[method] as (ctx: HandlerContext, input: unknown) => unknown;
  return handler(ctx, input);
}

function failure(error: AppError): Envelope<never> {
  return { ok: false, error: error.toPayload() };
}
