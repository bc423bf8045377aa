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
  return {
    ...config,
    dataDir: path.resolve(root, config.DATA_DIR),
    appUrl: config.APP_URL ?? `http://localhost:${config.PORT}`,
  };
}
