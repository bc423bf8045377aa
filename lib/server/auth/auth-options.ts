import type { BetterAuthOptions } from 'better-auth';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Settings shared by the web app and by scripts (seeding) that create accounts. */
export function buildAuthOptions(options: { secret: string; appUrl: string; production: boolean }) {
  const origin = new URL(options.appUrl);
  const loopbackTwin = new URL(options.appUrl);
  loopbackTwin.hostname = origin.hostname === 'localhost' ? '127.0.0.1' : origin.hostname;
  return {
    appName: 'ML Interview Grader',
    secret: options.secret,
    baseURL: options.appUrl,
    trustedOrigins: [origin.origin, loopbackTwin.origin],
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
    },
    advanced: { useSecureCookies: options.production && origin.protocol === 'https:' },
    telemetry: { enabled: false },
  } satisfies Partial<BetterAuthOptions>;
}
