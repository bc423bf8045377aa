import { requireMembership } from '../access/require-membership';
import { STAFF } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { getProgress } from '../progress/get-progress';
import type { ProgressView } from '../../shared/progress-view';

export type GetCandidateProgressOptions = { userId: string; organizationId: string; candidateId: string };

/**
 * A candidate's progress page as staff see it: the same view as the candidate's own, limited to the
 * problems this organization assigned to them.
 */
export async function getCandidateProgress(prisma: PrismaClient, { userId, organizationId, candidateId }: GetCandidateProgressOptions): Promise<{ candidate: { id: string; name: string; email: string }; progress: ProgressView }> {
  await requireMembership(prisma, { userId, organizationId, roles: STAFF });
  const membership = await prisma.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: candidateId } },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  if (!membership) throw new AppError('not_found', 'This person is not a member of the organization.');
  const items = await prisma.problemSetItem.findMany({ where: { problemSet: { assignments: { some: { organizationId, candidateId } } } }, select: { problemId: true } });
  const progress = await getProgress(prisma, { userId: candidateId, problemIds: [...new Set(items.map((i) => i.problemId))] });
  return { candidate: membership.user, progress };
}
