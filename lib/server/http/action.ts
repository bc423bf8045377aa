import 'server-only';
import type { z } from 'zod';
import { toPublicError, type PublicError } from '../errors';
import { controlCharacterError, findControlCharacter } from './find-control-character';
import { requireUser } from '../auth/session';
import { checkOrganizationRole, type AuthRequirement, type MembershipFor, type UserFor } from './auth-requirement';

/** On failure the submitted fields come back (never secrets) so the form can show them again. */
export type ActionState<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: PublicError; values: Record<string, string> }
  | null;

const SECRET_FIELD = /password|secret|token/i;

/**
 * Every server action goes through here: the session checked (unless `public`), form data validated
 * by a named zod schema, the caller's role checked in the organization of `input.organizationId`
 * when `auth` names roles, and errors turned into a state the form can show. Next's redirect and
 * notFound signals pass through.
 */
export function action<TSchema extends z.ZodType, T, const TAuth extends AuthRequirement = AuthRequirement>(
  options: { auth: TAuth; input: TSchema },
  handler: (args: { input: z.infer<TSchema>; user: UserFor<TAuth>; membership: MembershipFor<TAuth> }) => Promise<T>,
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    try {
      const user = options.auth === 'public' ? null : await requireUser();
      const fields = Object.fromEntries(formData);
      const control = findControlCharacter(Object.fromEntries(Object.entries(fields).filter(([key]) => !key.startsWith('$'))));
      if (control) throw controlCharacterError(control);
      const input = options.input.parse(fields);
      const membership = user && typeof options.auth === 'object' ? await checkOrganizationRole(user, options.auth, (input as { organizationId?: unknown }).organizationId) : null;
      return { ok: true, data: await handler({ input, user, membership } as { input: z.infer<TSchema>; user: UserFor<TAuth>; membership: MembershipFor<TAuth> }) };
    } catch (error) {
      if (isNextNavigation(error)) throw error;
      return { ok: false, error: toPublicError(error), values: echoableValues(formData) };
    }
  };
}

function echoableValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !SECRET_FIELD.test(key) && !key.startsWith('$')) values[key] = value.slice(0, 1000);
  }
  return values;
}

function isNextNavigation(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK'));
}
