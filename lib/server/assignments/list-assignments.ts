import { requireMembership } from '../access/require-membership';
import { ANY_MEMBER, STAFF } from '../access/roles';
import type { PrismaClient } from '../db/client';

export type AssignmentView = { id: string; problemSetId: string; setTitle: string; candidate: { id: string; name: string; email: string }; dueAt: string | null; assignedAt: string; assignedBy: string };

export const ASSIGNMENT_VIEW_SELECT = {
  id: true, problemSetId: true, dueAt: true, createdAt: true,
  problemSet: { select: { title: true } },
  candidate: { select: { id: true, name: true, email: true } },
  assignedBy: { select: { name: true } },
} as const;

type AssignmentRow = { id: string; problemSetId: string; dueAt: Date | null; createdAt: Date; problemSet: { title: string }; candidate: AssignmentView['candidate']; assignedBy: { name: string } };

export function toAssignmentView(r: AssignmentRow): AssignmentView {
  return { id: r.id, problemSetId: r.problemSetId, setTitle: r.problemSet.title, candidate: r.candidate, dueAt: r.dueAt?.toISOString() ?? null, assignedAt: r.createdAt.toISOString(), assignedBy: r.assignedBy.name };
}

export type ListAssignmentsOptions = { userId: string; organizationId: string; problemSetId?: string };

/** Staff see every assignment of the organization (or of one set); a candidate sees their own. */
export async function listAssignments(prisma: PrismaClient, { userId, organizationId, problemSetId }: ListAssignmentsOptions): Promise<AssignmentView[]> {
  const membership = await requireMembership(prisma, { userId, organizationId, roles: ANY_MEMBER });
  const rows = await prisma.assignment.findMany({
    where: { organizationId, ...(problemSetId ? { problemSetId } : {}), ...(STAFF.includes(membership.role) ? {} : { candidateId: userId }) },
    orderBy: [{ createdAt: 'desc' }],
    take: 1000,
    select: ASSIGNMENT_VIEW_SELECT,
  });
  return rows.map(toAssignmentView);
}
