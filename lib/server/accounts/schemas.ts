import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/auth-options';
import { serverEnv } from '../env';
import { safeReturnPath } from './safe-return-path';

const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid e-mail address.' }).max(254, 'That e-mail address is too long.'));

const Password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

/** A path on this app only, so a crafted link cannot send the user elsewhere after sign-in. */
export const ReturnPath = z
  .string()
  .optional()
  .transform((value) => safeReturnPath(value, serverEnv().APP_URL));

export const SignUpInput = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.'),
  email: Email,
  password: Password,
  next: ReturnPath,
});
export type SignUpInput = z.infer<typeof SignUpInput>;

export const SignInInput = z.object({
  email: Email,
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_MAX_LENGTH),
  next: ReturnPath,
});
export type SignInInput = z.infer<typeof SignInInput>;
