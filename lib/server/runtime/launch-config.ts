import path from 'node:path';
import proxyaddr from 'proxy-addr';
import { z } from 'zod';

const Port = z.coerce.number().int().min(1).max(65535);

const LaunchEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: Port.default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** set: use this PostgreSQL server; unset: start the embedded one */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgresql://')
    .optional(),
  /** where the embedded database, the auth secret and caches live */
  DATA_DIR: z.string().default('data'),
  /** preferred port of the embedded PostgreSQL (the next free one is taken if busy) */
  EMBEDDED_PG_PORT: Port.default(54329),
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  /** the AES key (base64, 16, 24 or 32 bytes) Next encrypts server-action arguments with; the same on every web machine */
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine((value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && [16, 24, 32].includes(Buffer.from(value, 'base64').length), 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be 16, 24 or 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  /** what this machine runs: the web server (on/off) and how many grading worker processes */
  WEB_SERVER: z.enum(['on', 'off']).default('on'),
  GRADING_WORKERS: z.coerce.number().int().min(0).max(32).default(1),
  APP_URL: z.string().url().optional(),
  /** reverse proxies (addresses, CIDR ranges, "loopback") whose X-Forwarded-For gives the client's address */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .refine((value) => {
      try {
        proxyaddr.compile(value.split(',').map((s) => s.trim()).filter(Boolean));
        return true;
      } catch {
        return false;
      }
    }, 'TRUSTED_PROXIES must be comma-separated IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal)'),
});

export type LaunchConfig = z.infer<typeof LaunchEnvSchema> & { dataDir: string; appUrl: string };

export function readLaunchConfig(env: Record<string, string | undefined>, root: string): LaunchConfig {
  const parsed = LaunchEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const config = parsed.data;
  if (config.NODE_ENV === 'production' && !config.BETTER_AUTH_SECRET) {
    throw new Error('BETTER_AUTH_SECRET (32+ random characters) is required when NODE_ENV=production.');
  }
  if (config.WEB_SERVER === 'off' && config.GRADING_WORKERS === 0) {
    throw new Error('Nothing to run: WEB_SERVER=off and GRADING_WORKERS=0.');
  }
  return {
    ...config,
    dataDir: path.resolve(root, config.DATA_DIR),
    appUrl: config.APP_URL ?? `http://localhost:${config.PORT}`,
  };
}
