import { MANAGERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { getProblemSetOrThrow } from '../problem-sets/get-problem-set-or-throw';
import { requireAssignableSet } from '../problem-sets/require-assignable-set';
import { requireFutureDueDate } from './require-future-due-date';
import type { AssignProblemSetInput } from './schemas';

export type AssignProblemSetOptions = AssignProblemSetInput & { userId: string; organizationId: string };

/**
 * Gives a set to one or many candidates of the organization at once, all or nothing. A candidate who
 * already has the set gets the new due date. Refused with a clear reason: an archived or empty set,
 * a retired problem in it, a due date in the past, someone who is not (or no longer) a candidate here.
 */
export async function assignProblemSet(prisma: PrismaClient, options: AssignProblemSetOptions): Promise<{ assigned: number; updated: number }> {
  const { userId, organizationId, problemSetId, dueAt } = options;
  const set = await getProblemSetOrThrow(prisma, { userId, organizationId, problemSetId, roles: MANAGERS });
  requireFutureDueDate(dueAt);
  const candidateIds = [...new Set(options.candidateIds)];
  return prisma.$transaction(async (tx) => {
    await requireAssignableSet(tx, set);
    // members are read in this transaction, so someone removed meanwhile is refused, not half-assigned
    const members = await tx.membership.findMany({ where: { organizationId, userId: { in: candidateIds } }, select: { userId: true, role: true } });
    const candidates = new Set(members.filter((m) => m.role === 'candidate').map((m) => m.userId));
    const missing = candidateIds.filter((id) => !candidates.has(id));
    if (missing.length) {
      const names = await tx.user.findMany({ where: { id: { in: missing } }, select: { name: true } });
      const who = names.length ? names.map((n) => n.name).join(', ') : `${missing.length} of them`;
      throw new AppError('bad_request', `Not assigned: ${who} ${missing.length === 1 ? 'is' : 'are'} not a candidate of this organization (any more). Reload the page and choose again.`);
    }
    const existing = new Set((await tx.assignment.findMany({ where: { problemSetId, candidateId: { in: candidateIds } }, select: { candidateId: true } })).map((a) => a.candidateId));
    await tx.assignment.updateMany({ where: { problemSetId, candidateId: { in: [...existing] } }, data: { dueAt } });
    const fresh = candidateIds.filter((id) => !existing.has(id));
    await tx.assignment.createMany({ data: fresh.map((candidateId) => ({ organizationId, problemSetId, candidateId, assignedById: userId, dueAt })) });
    return { assigned: fresh.length, updated: existing.size };
  });
}
