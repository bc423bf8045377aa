import 'server-only';
import { APIError } from 'better-auth/api';
import { auth } from '../auth/auth';
import { AppError } from '../errors';
import type { SignUpInput } from './schemas';

/** Creates an e-mail + password account and signs it in (the session cookie is set by nextCookies). */
export async function signUp(input: SignUpInput, requestHeaders: Headers): Promise<{ userId: string }> {
  try {
    const created = await auth().api.signUpEmail({ body: { name: input.name, email: input.email, password: input.password }, headers: requestHeaders });
    return { userId: created.user.id };
  } catch (error) {
    if (error instanceof APIError && /ALREADY_EXISTS/.test(String(error.body?.code))) {
      throw new AppError('conflict', 'An account with this e-mail already exists. Sign in instead.', {
        email: ['An account with this e-mail already exists.'],
      });
    }
    if (error instanceof APIError && error.status === 'BAD_REQUEST') {
      throw new AppError('bad_request', error.body?.message ?? 'Check the fields and try again.');
    }
    throw error;
  }
}
