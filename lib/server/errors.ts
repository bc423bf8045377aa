import { ZodError } from 'zod';

/** The one error type domain code throws; its code decides the HTTP status, in one place. */
export type AppErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'too_many_requests'
  | 'unavailable'
  | 'internal';

const HTTP_STATUS: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  too_many_requests: 429,
  unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** safe to show to the user */
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export type PublicError = { code: AppErrorCode; message: string; fieldErrors?: Record<string, string[]> };

export function httpStatusFor(code: AppErrorCode): number {
  return HTTP_STATUS[code];
}

/**
 * Turns anything thrown into what a user may see. Internal messages never leave the server: an
 * unknown error is logged and reported as a generic one.
 */
export function toPublicError(error: unknown): PublicError {
  if (error instanceof AppError) {
    return { code: error.code, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
  }
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of error.issues) {
      const key = issue.path.join('.') || '_';
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { code: 'bad_request', message: 'Some fields are not valid.', fieldErrors };
  }
  console.error(error);
  return { code: 'internal', message: 'Something went wrong on our side. Please try again.' };
}
