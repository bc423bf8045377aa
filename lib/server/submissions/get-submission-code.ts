import type { PrismaClient } from '../db/client';
import { getSubmissionOrThrow } from '../access/get-submission-or-throw';
import type { SubmissionCode } from '../../shared/submission-view';

export type GetSubmissionCodeOptions = { viewerId: string; submissionId: string };

/**
 * A submission's code and its predecessor's in the same language (in the same attempt, or in practice), for the
 * history's diff view. Who may see it: getSubmissionOrThrow.
 */
export async function getSubmissionCode(prisma: PrismaClient, options: GetSubmissionCodeOptions): Promise<SubmissionCode> {
  const access = await getSubmissionOrThrow(prisma, options);
  const row = await prisma.submission.findUniqueOrThrow({ where: { id: access.id }, select: { id: true, code: true, language: true, createdAt: true } });
  const previous = await prisma.submission.findFirst({
    where: { userId: access.userId, problemId: access.problemId, attemptId: access.attemptId, language: row.language, createdAt: { lt: row.createdAt } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, code: true, createdAt: true },
  });
  return {
    id: row.id,
    code: row.code,
    language: row.language,
    createdAt: row.createdAt.toISOString(),
    previous: previous ? { ...previous, createdAt: previous.createdAt.toISOString() } : null,
  };
}
