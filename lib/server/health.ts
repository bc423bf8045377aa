import type { PrismaClient } from './db/client';

export type HealthReport = { status: 'ok' | 'unavailable'; database: 'ok' | 'unreachable'; latencyMs: number };

const TIMEOUT_MS = 2_000;

export async function checkHealth(prisma: PrismaClient): Promise<HealthReport> {
  const started = performance.now();
  const probe = prisma.$queryRaw`SELECT 1`;
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref());
  const database = await Promise.race([probe, timeout]).then(
    () => 'ok' as const,
    () => 'unreachable' as const,
  );
  return { status: database === 'ok' ? 'ok' : 'unavailable', database, latencyMs: Math.round(performance.now() - started) };
}
