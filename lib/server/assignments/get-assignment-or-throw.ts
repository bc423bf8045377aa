import { requireMembership } from '../access/require-membership';
import { ANY_MEMBER, MANAGERS, STAFF } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';

export type AssignmentAccessOptions = { userId: string; organizationId: string; assignmentId: string; action: 'read' | 'write' };

/**
 * An assignment of this organization: staff read every one, managers change them, a candidate reads
 * only their own. Anything else is "not found", so ids cannot be probed.
 */
export async function getAssignmentOrThrow(prisma: PrismaClient, { userId, organizationId, assignmentId, action }: AssignmentAccessOptions) {
  const membership = await requireMembership(prisma, { userId, organizationId, roles: ANY_MEMBER });
  const assignment = await prisma.assignment.findFirst({ where: { id: assignmentId, organizationId }, select: { id: true, candidateId: true, problemSetId: true, dueAt: true } });
  const own = assignment?.candidateId === userId;
  if (!assignment || (!own && !STAFF.includes(membership.role))) throw new AppError('not_found', 'There is no such assignment.');
  if (action === 'write') await requireMembership(prisma, { userId, organizationId, roles: MANAGERS });
  return assignment;
}
