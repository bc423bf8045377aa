import { z } from 'zod';
import { DEFAULT_MIN_MOCK_MINUTES, MAX_MOCK_MINUTES } from '../shared/mock-interviews';

/** What the web and worker processes need; the launcher (scripts/start.ts) provides it. */
const ServerEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgresql:// URL' }),
  BETTER_AUTH_SECRET: z.string().min(32, 'BETTER_AUTH_SECRET must be at least 32 characters'),
  /** the address users reach the service at; used for cookies and origin checks */
  APP_URL: z.string().url().default('http://localhost:3000'),
  /** set: invitations can also be e-mailed (the worker sends them); unset: links are shown to copy */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL').optional(),
  /** new accounts allowed from one client address per hour */
  SIGN_UP_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(30),
  /** the shortest mock interview a candidate may set up (the end-to-end tests use 1) */
  MOCK_INTERVIEW_MIN_MINUTES: z.coerce.number().int().min(1).max(MAX_MOCK_MINUTES).default(DEFAULT_MIN_MOCK_MINUTES),
});

export type ServerEnv = z.infer<typeof ServerEnvSchema>;

let cached: ServerEnv | undefined;

/** Validated once; a bad environment fails loudly at the first use instead of half-working. */
export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = ServerEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}
