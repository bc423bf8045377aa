import { testDatabaseUrl } from './helpers';

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
export type RouteModule = Partial<Record<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', Handler>>;

/**
 * Route handlers run in-process against the test database: the server's environment points there
 * before the first handler reads it.
 */
export function useTestServerEnv(): void {
  process.env.DATABASE_URL = testDatabaseUrl();
  process.env.BETTER_AUTH_SECRET ??= 'integration-tests-secret-0123456789abcdef';
  process.env.APP_URL ??= 'http://localhost:3000';
}

/** A session cookie for a user, from better-auth's own sign-in. */
export async function sessionCookie(email: string, password: string): Promise<string> {
  const { auth } = await import('../../lib/server/auth/auth');
  const response = await auth().api.signInEmail({ body: { email, password }, asResponse: true });
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

export type Call = { method: keyof RouteModule; path: string; params: Record<string, string>; body?: unknown; headers?: Record<string, string> };

/** Calls a route module's handler as Next would, from the app's origin, with the cookie (or none) and a JSON body. */
export async function callRoute(module: RouteModule, call: Call, cookie: string | null): Promise<Response> {
  const handler = module[call.method];
  if (!handler) throw new Error(`the route has no ${call.method}`);
  // as the app's own pages send it (writes from another origin are refused)
  const origin = new URL(process.env.APP_URL ?? 'http://localhost:3000').origin;
  const headers: Record<string, string> = { 'content-type': 'application/json', origin };
  if (cookie) headers.cookie = cookie;
  Object.assign(headers, call.headers);
  const request = new Request(new URL(call.path, origin), {
    method: call.method,
    headers,
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
  });
  return handler(request, { params: Promise.resolve(call.params) });
}
