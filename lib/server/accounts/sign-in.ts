import 'server-only';
import { APIError } from 'better-auth/api';
import { auth } from '../auth/auth';
import { AppError } from '../errors';
import type { SignInInput } from './schemas';

export async function signIn(input: SignInInput, requestHeaders: Headers): Promise<void> {
  try {
    await auth().api.signInEmail({ body: { email: input.email, password: input.password }, headers: requestHeaders });
  } catch (error) {
    // one message for an unknown e-mail and a wrong password, so accounts cannot be probed
    if (error instanceof APIError && (error.status === 'UNAUTHORIZED' || error.status === 'BAD_REQUEST')) {
      throw new AppError('unauthorized', 'Wrong e-mail or password.');
    }
    throw error;
  }
}
