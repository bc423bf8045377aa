import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError, errorResponse, httpStatusFor, toPublicError } from '../../lib/server/errors';

describe('toPublicError', () => {
  it('passes an AppError through with its code and field errors', () => {
    const error = new AppError('conflict', 'Already exists.', { email: ['taken'] });
    expect(toPublicError(error)).toEqual({ code: 'conflict', message: 'Already exists.', fieldErrors: { email: ['taken'] } });
    expect(httpStatusFor('conflict')).toBe(409);
  });

  it('turns a zod error into a 400 with one list of messages per field', () => {
    const result = z.object({ email: z.email(), age: z.number() }).safeParse({ email: 'x', age: 'y' });
    const publicError = toPublicError(result.error);
    expect(publicError.code).toBe('bad_request');
    expect(Object.keys(publicError.fieldErrors ?? {}).sort()).toEqual(['age', 'email']);
  });

  it('never shows an internal message', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const publicError = toPublicError(new Error('connection string postgres://secret@db'));
    expect(publicError.code).toBe('internal');
    expect(publicError.message).not.toContain('secret');
    expect(httpStatusFor(publicError.code)).toBe(500);
    spy.mockRestore();
  });
});

describe('errors from another copy of the module', () => {
  it('are recognised by their brand, not by instanceof (Next loads a module once per layer)', async () => {
    vi.resetModules();
    const otherCopy: typeof import('../../lib/server/errors') = await import(/* @vite-ignore */ `../../lib/server/errors?copy=${Date.now()}`);
    const error = new otherCopy.AppError('too_many_requests', 'Slow down.', undefined, 42);
    expect(error instanceof AppError).toBe(false);
    expect(toPublicError(error)).toEqual({ code: 'too_many_requests', message: 'Slow down.', retryAfterSeconds: 42 });
  });

  it('maps to one response with Retry-After when the error says when to retry', async () => {
    const response = errorResponse(new AppError('too_many_requests', 'Slow down.', undefined, 30));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.json()).toEqual({ error: { code: 'too_many_requests', message: 'Slow down.', retryAfterSeconds: 30 } });
  });
});
