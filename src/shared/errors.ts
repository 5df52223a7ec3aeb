export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  /** The text was changed elsewhere since this copy was loaded; `current` holds the saved one. */
  'stale',
  /** A closed session (or another record that may not change). */
  'read_only',
  'unauthorized',
  /** The room refuses this device: it was removed, or the room has stopped. */
  'forbidden',
  /** Too many requests in a short time; try again shortly. */
  'too_many',
  /** The disk holding the workspace is full. */
  'storage_full',
  /** The workspace file or its folder cannot be written (permissions, a read-only disk). */
  'storage_read_only',
  /** The workspace file was deleted, moved or replaced while Threadline had it open. */
  'workspace_missing',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What crosses a transport: plain data, safe to serialise. */
export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  /** The input field the message belongs to, so a form can show it next to that field. */
  field?: string;
  /** With `stale`: the text as it is saved now, so the user can compare it with theirs. */
  current?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly current: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string, current?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
    this.current = current;
  }

  toPayload(): ErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.current === undefined ? {} : { current: this.current }),
    };
  }

  static fromPayload(payload: ErrorPayload): AppError {
    return new AppError(payload.code, payload.message, payload.field, payload.current);
  }
}

export const invalidInput = (message: string, field?: string) =>
  new AppError('invalid_input', message, field);
export const notFound = (message: string) => new AppError('not_found', message);
export const conflict = (message: string, field?: string) =>
  new AppError('conflict', message, field);
export const readOnly = (message: string) => new AppError('read_only', message);
/** The copy being saved was based on text that has changed since; `current` is the saved text. */
export const stale = (message: string, field: string, current?: string) =>
  new AppError('stale', message, field, current);

/** An answer as it crosses a transport; a change's answer may carry `change` (see contract.ts). */
export type Envelope<T, Change = never> =
  | { ok: true; value: T; change?: Change }
  | { ok: false; error: ErrorPayload };
