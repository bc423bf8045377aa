import 'server-only';
import type { z } from 'zod';
import { serverEnv } from '../env';
import { AppError, errorResponse } from '../errors';
import { assertSameOrigin } from './assert-same-origin';
import { controlCharacterError, findControlCharacter } from './find-control-character';
import { requireUser } from '../auth/session';
import { checkOrganizationRole, type AuthRequirement, type MembershipFor, type UserFor } from './auth-requirement';

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export type RouteOptions<TSchema extends z.ZodType, TParams, TAuth extends AuthRequirement> = {
  auth: TAuth;
  /** the JSON body's schema; without it the body is not read */
  input?: TSchema;
  /** the path parameters' schema; a parameter that does not match is "not found" */
  params?: z.ZodType<TParams>;
  maxBodyBytes?: number;
};

export type RouteArgs<TSchema extends z.ZodType, TParams, TAuth extends AuthRequirement> = {
  request: Request;
  user: UserFor<TAuth>;
  membership: MembershipFor<TAuth>;
  input: z.infer<TSchema>;
  params: TParams;
};

/**
 * Every route handler goes through here: the session (401), the path parameters (404), the caller's
 * role in the organization of `params.organizationId` when `auth` names roles (404 outside it, 403
 * for a role that may not), then the JSON body (400, 413). Every error is mapped to a status and a
 * safe message in one place.
 */
export function route<TSchema extends z.ZodType = z.ZodType<undefined>, TParams = Record<string, string>, const TAuth extends AuthRequirement = AuthRequirement>(
  options: RouteOptions<TSchema, TParams, TAuth>,
  handler: (args: RouteArgs<TSchema, TParams, TAuth>) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      assertSameOrigin(request, serverEnv().APP_URL);
      const user = options.auth === 'public' ? null : await requireUser(request.headers);
      const params = await parseParams(options.params, await context.params);
      const membership = user && typeof options.auth === 'object' ? await checkOrganizationRole(user, options.auth, (params as { organizationId?: unknown }).organizationId) : null;
      const input = options.input ? options.input.parse(await readJsonBody(request, options.maxBodyBytes)) : undefined;
      return await handler({ request, user, membership, input, params } as RouteArgs<TSchema, TParams, TAuth>);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

async function parseParams<TParams>(schema: z.ZodType<TParams> | undefined, raw: Record<string, string | string[]> | undefined): Promise<TParams> {
  if (!schema) return (raw ?? {}) as TParams;
  const parsed = await schema.safeParseAsync(raw ?? {});
  if (!parsed.success) throw new AppError('not_found', 'There is nothing here, or you may not see it.');
  return parsed.data;
}

const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

async function readJsonBody(request: Request, maxBodyBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) throw new AppError('unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).');
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBodyBytes) throw new AppError('payload_too_large', `The request body is larger than ${maxBodyBytes} bytes.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
  const control = findControlCharacter(body);
  if (control) throw controlCharacterError(control);
  return body;
}
