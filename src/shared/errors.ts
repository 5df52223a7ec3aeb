export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'read_only',
  'unauthorized',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What crosses a transport: plain data, safe to serialise. */
export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  /** The input field the message belongs to, so a form can show it next to that field. */
  field?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }

  toPayload(): ErrorPayload {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }

  static fromPayload(payload: ErrorPayload): AppError {
    return new AppError(payload.code, payload.message, payload.field);
  }
}

export const invalidInput = (message: string, field?: string) =>
  new AppError('invalid_input', message, field);
export const notFound = (message: string) => new AppError('not_found', message);
export const conflict = (message: string, field?: string) =>
  new AppError('conflict', message, field);
export const readOnly = (message: string) => new AppError('read_only', message);

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
