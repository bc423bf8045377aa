import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError, httpStatusFor, toPublicError } from '../../lib/server/errors';

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
