import type { z } from 'zod';
import { AppError } from './errors';

// Stop at the first problem: an input of a million bad items costs one, not a million messages.
// This is the flag zod's own `validate` sets in its parse context; the hostile-import tests
// (portability/hostile-import.test.ts) fail if a zod update stops honouring it.
export const FIRST_PROBLEM_ONLY: z.core.ParseContextInternal<z.core.$ZodIssue> = {
  abortEarly: true,
};

/** Parses untrusted input; the first problem becomes a typed error with a human message. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw, FIRST_PROBLEM_ONLY);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  const message = issue?.message ?? 'The request was not understood.';
  return raiseInvalid(message, field);
}

function raiseInvalid(message: string, field: string | undefined): never {
  throw new AppError('invalid_input', message, field);
}
