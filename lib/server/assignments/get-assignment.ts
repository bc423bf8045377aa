import type { PrismaClient } from '../db/client';
import { getAssignmentOrThrow } from './get-assignment-or-throw';
import type { AssignmentView } from './list-assignments';

export type GetAssignmentOptions = { userId: string; organizationId: string; assignmentId: string };

export async function getAssignment(prisma: PrismaClient, options: GetAssignmentOptions): Promise<AssignmentView> {
  await getAssignmentOrThrow(prisma, { ...options, action: 'read' });
  const r = await prisma.assignment.findUniqueOrThrow({
    where: { id: options.assignmentId },
    select: { id: true, problemSetId: true, dueAt: true, createdAt: true, problemSet: { select: { title: true } }, candidate: { select: { id: true, name: true, email: true } }, assignedBy: { select: { name: true } } },
  });
  return { id: r.id, problemSetId: r.problemSetId, setTitle: r.problemSet.title, candidate: r.candidate, dueAt: r.dueAt?.toISOString() ?? null, assignedAt: r.createdAt.toISOString(), assignedBy: r.assignedBy.name };
}
