import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import type { SubmissionCode } from '../../shared/submission-view';


/** A submission's code and its predecessor's, for the history's diff view. Author only. */
export async function getSubmissionCode(prisma: PrismaClient, userId: string, submissionId: string): Promise<SubmissionCode> {
  const row = await prisma.submission.findUnique({ where: { id: submissionId }, select: { id: true, userId: true, problemId: true, code: true, createdAt: true } });
  if (!row || row.userId !== userId) throw new AppError('not_found', 'There is no such submission.');
  const previous = await prisma.submission.findFirst({
    where: { userId, problemId: row.problemId, createdAt: { lt: row.createdAt } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, code: true, createdAt: true },
  });
  return {
    id: row.id,
    code: row.code,
    createdAt: row.createdAt.toISOString(),
    previous: previous ? { ...previous, createdAt: previous.createdAt.toISOString() } : null,
  };
}
