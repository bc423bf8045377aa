import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { buildAuthOptions } from './auth-options';
import { db } from '../db/client';
import { serverEnv } from '../env';

function createAuth() {
  const env = serverEnv();
  return betterAuth({
    ...buildAuthOptions({ secret: env.BETTER_AUTH_SECRET, appUrl: env.APP_URL, production: env.NODE_ENV === 'production' }),
    database: prismaAdapter(db(), { provider: 'postgresql' }),
    // lets server actions set and clear the session cookie
    plugins: [nextCookies()],
  });
}

const globalForAuth = globalThis as unknown as { auth?: ReturnType<typeof createAuth> };

/** better-auth: e-mail + password accounts, sessions stored in PostgreSQL. */
export function auth() {
  globalForAuth.auth ??= createAuth();
  return globalForAuth.auth;
}
