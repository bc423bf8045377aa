import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';

/**
 * A mock interview the viewer may see: only their own. Its attempt answers no assessment, so no
 * organization's staff can reach it; anyone else gets "not found", so ids cannot be probed.
 */
export async function getMockInterviewOrThrow(prisma: PrismaClient, { userId, attemptId }: { userId: string; attemptId: string }): Promise<{ attemptId: string }> {
  const mock = await prisma.mockInterview.findFirst({ where: { attemptId, candidateId: userId, attempt: { candidateId: userId, assessmentCandidateId: null } }, select: { attemptId: true } });
  if (!mock) throw new AppError('not_found', 'There is no such mock interview, or you may not see it.');
  return mock;
}
