import 'server-only';
import { isAPIError } from 'better-auth/api';
import { auth } from '../auth/auth';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { clientAddress } from '../http/client-address';
import { consumeRateLimit, readRateLimit } from '../rate-limit/consume-rate-limit';
import { describeWait, signInRules } from './auth-rate-limits';
import type { SignInInput } from './schemas';

export type SignInOptions = { input: Pick<SignInInput, 'email' | 'password'>; headers: Headers };

/**
 * Checks the password and starts a session (the cookie is set by nextCookies). Failures count against
 * the client address and the account; past a limit even the right password is refused until the
 * window ends, so guessing gains nothing.
 */
export async function signIn(prisma: PrismaClient, { input, headers }: SignInOptions): Promise<void> {
  const rules = signInRules(input.email, clientAddress(headers));
  const failureRules = [rules.address, rules.accountFromAddress, rules.account];
  const before = await Promise.all(failureRules.map((rule) => readRateLimit(prisma, rule)));
  const refused = before.find((state) => !state.allowed);
  if (refused) {
    const what = refused === before[0] ? 'Too many failed sign-ins from your network.' : 'Too many failed sign-ins for this account.';
    throw tooManyAttempts(what, refused.retryAfterSeconds);
  }
  try {
    await auth().api.signInEmail({ body: { email: input.email, password: input.password }, headers });
  } catch (error) {
    if (!(isAPIError(error) && (error.status === 'UNAUTHORIZED' || error.status === 'BAD_REQUEST'))) throw error;
    const after = await Promise.all(failureRules.map((rule) => consumeRateLimit(prisma, rule)));
    const exhausted = after.find((state) => state.remaining === 0);
    // one message for an unknown e-mail and a wrong password, so accounts cannot be probed
    if (exhausted) throw tooManyAttempts('Wrong e-mail or password, and too many failed attempts.', exhausted.retryAfterSeconds);
    throw new AppError('unauthorized', 'Wrong e-mail or password.');
  }
}

function tooManyAttempts(what: string, retryAfterSeconds: number): AppError {
  return new AppError('too_many_requests', `${what} Try again in ${describeWait(retryAfterSeconds)}.`, undefined, retryAfterSeconds);
}
