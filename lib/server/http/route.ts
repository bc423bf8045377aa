import 'server-only';
import type { z } from 'zod';
import { AppError, httpStatusFor, toPublicError } from '../errors';
import { requireUser, type SessionUser } from '../auth/session';

type RouteContext<TParams> = { params: Promise<TParams> };

/**
 * Every route handler goes through here: the session is checked (unless `public`), the JSON body
 * is validated with the given zod schema, and every error is mapped to a status and a safe
 * message in one place.
 */
export function route<TSchema extends z.ZodType, TParams = Record<string, string>>(
  options: { auth: 'required' | 'public'; input?: TSchema; maxBodyBytes?: number },
  handler: (args: { request: Request; user: SessionUser | null; input: z.infer<TSchema>; params: TParams }) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<TParams>): Promise<Response> => {
    try {
      const user = options.auth === 'required' ? await requireUser(request.headers) : null;
      const input = options.input ? options.input.parse(await readJsonBody(request, options.maxBodyBytes)) : undefined;
      return await handler({ request, user, input: input as z.infer<TSchema>, params: await context.params });
    } catch (error) {
      const publicError = toPublicError(error);
      return Response.json({ error: publicError }, { status: httpStatusFor(publicError.code) });
    }
  };
}

const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

async function readJsonBody(request: Request, maxBodyBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBodyBytes) throw new AppError('payload_too_large', `The request body is larger than ${maxBodyBytes} bytes.`);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}
