import { MAX_REQUEST_BYTES } from '@shared/api-socket';
import { AppError } from '@shared/errors';
import { jsonOverLimit } from '../json-shape';

// What browser mode accepts as a request, over HTTP or its socket.

export const REQUEST_LIMITS = {
  bytes: MAX_REQUEST_BYTES,
  // Far more than any request of the contract holds, and small enough that parsing a hostile
  // request cannot hold the app up.
  depth: 32,
  values: 100_000,
};

/** The request's JSON, parsed once its shape is known to be within the limits. */
export function parseRequest(text: string): { value: unknown } | { error: AppError } {
  if (jsonOverLimit(text, REQUEST_LIMITS) !== null) {
    return {
      error: new AppError(
        'invalid_input',
        'The request nests too deeply or holds too many values to be a Threadline request.',
      ),
    };
  }
  try {
    return { value: text.length === 0 ? {} : JSON.parse(text) };
  } catch {
    return { error: new AppError('invalid_input', 'The request is not valid JSON.') };
  }
}
