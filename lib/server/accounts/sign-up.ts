import 'server-only';
import { isAPIError } from 'better-auth/api';
import { auth } from '../auth/auth';
import type { PrismaClient } from '../db/client';
import { serverEnv } from '../env';
import { AppError } from '../errors';
import { clientAddress } from '../http/client-address';
import { consumeRateLimit } from '../rate-limit/consume-rate-limit';
import { describeWait, signUpRule } from './auth-rate-limits';
import type { SignUpInput } from './schemas';

export type SignUpOptions = { input: Pick<SignUpInput, 'name' | 'email' | 'password'>; headers: Headers };

/** Creates an e-mail + password account and signs it in (the session cookie is set by nextCookies). */
export async function signUp(prisma: PrismaClient, { input, headers }: SignUpOptions): Promise<{ userId: string }> {
  const limit = await consumeRateLimit(prisma, signUpRule(clientAddress(headers), serverEnv().SIGN_UP_LIMIT_PER_HOUR));
  if (!limit.allowed) {
    throw new AppError('too_many_requests', `Too many new accounts from your network. Try again in ${describeWait(limit.retryAfterSeconds)}.`, undefined, limit.retryAfterSeconds);
  }
  try {
    const created = await auth().api.signUpEmail({ body: { name: input.name, email: input.email, password: input.password }, headers });
    return { userId: created.user.id };
  } catch (error) {
    if (isAPIError(error) && /ALREADY_EXISTS/.test(String(error.body?.code))) {
      throw new AppError('conflict', 'An account with this e-mail already exists. Sign in instead.', {
        email: ['An account with this e-mail already exists.'],
      });
    }
    if (isAPIError(error) && error.status === 'BAD_REQUEST') {
      throw new AppError('bad_request', error.body?.message ?? 'Check the fields and try again.');
    }
    throw error;
  }
}
