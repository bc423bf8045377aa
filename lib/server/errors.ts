import type { ZodError } from 'zod';
import { isDatabaseUnavailable } from './db/is-database-unavailable';
import { RECOVERING_MESSAGE, RECOVERING_RETRY_SECONDS } from './http/recovering-response';

/** The one error type domain code throws; its code decides the HTTP status, in one place. */
export type AppErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
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
  unsupported_media_type: 415,
  too_many_requests: 429,
  unavailable: 503,
  internal: 500,
};

/**
 * A brand instead of `instanceof`: Next loads a module once per layer (server components, actions, route
 * handlers), so an AppError thrown in one copy is not an instance of another copy's class.
 */
const APP_ERROR = Symbol.for('ml-interview-grader.AppError');

export class AppError extends Error {
  readonly [APP_ERROR] = true;
  constructor(
    readonly code: AppErrorCode,
    /** safe to show to the user */
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** for too_many_requests: when to try again (sent as Retry-After) */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export type PublicError = { code: AppErrorCode; message: string; fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number };

export function isAppError(error: unknown): error is AppError {
  return typeof error === 'object' && error !== null && (error as { [APP_ERROR]?: unknown })[APP_ERROR] === true;
}

function isZodError(error: unknown): error is ZodError {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'ZodError' && Array.isArray((error as ZodError).issues);
}

export function httpStatusFor(code: AppErrorCode): number {
  return HTTP_STATUS[code];
}

/**
 * Turns anything thrown into what a user may see. Internal messages never leave the server: an
 * unknown error is logged and reported as a generic one.
 */
export function toPublicError(error: unknown): PublicError {
  if (isAppError(error)) {
    return {
      code: error.code,
      message: error.message,
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    };
  }
  if (isZodError(error)) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of error.issues) {
      const key = issue.path.join('.') || '_';
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { code: 'bad_request', message: 'Some fields are not valid.', fieldErrors };
  }
  if (isDatabaseUnavailable(error)) {
    // the web server's own check answers "recovering" too; this catches the moment before it noticed
    return { code: 'unavailable', message: RECOVERING_MESSAGE, retryAfterSeconds: RECOVERING_RETRY_SECONDS };
  }
  console.error(error);
  return { code: 'internal', message: 'Something went wrong on our side. Please try again.' };
}

/** The one place an error becomes an HTTP response. */
export function errorResponse(error: unknown): Response {
  const publicError = toPublicError(error);
  const headers = publicError.retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(publicError.retryAfterSeconds) };
  return Response.json({ error: publicError }, { status: httpStatusFor(publicError.code), headers });
}
