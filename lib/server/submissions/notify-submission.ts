import type { PrismaClient } from '../db/client';
import { SUBMISSION_CHANNEL } from './limits';

/** Tells every web process's listener that a submission changed (inside a transaction: on commit). */
export async function notifySubmission(prisma: Pick<PrismaClient, '$executeRaw'>, submissionId: string): Promise<void> {
  await prisma.$executeRaw`SELECT pg_notify(${SUBMISSION_CHANNEL}::text, ${submissionId}::text)`;
}
