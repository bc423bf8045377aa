import type { PrismaClient } from '../db/client';

/**
 * The database's clock at this moment: the one clock every web process and worker share, so a
 * deadline means the same instant everywhere (and never the browser's idea of it).
 */
export async function databaseNow(tx: Pick<PrismaClient, '$queryRaw'>): Promise<Date> {
  const [row] = await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS "now"`;
  return row!.now;
}
