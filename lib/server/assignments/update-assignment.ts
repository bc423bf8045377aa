import type { PrismaClient } from '../db/client';
import { getAssignmentOrThrow } from './get-assignment-or-throw';
import { requireFutureDueDate } from './require-future-due-date';
import type { UpdateAssignmentInput } from './schemas';

export type UpdateAssignmentOptions = UpdateAssignmentInput & { userId: string; organizationId: string; assignmentId: string };

/** Managers move (or clear) a due date. */
export async function updateAssignment(prisma: PrismaClient, { userId, organizationId, assignmentId, dueAt }: UpdateAssignmentOptions): Promise<{ id: string; dueAt: string | null }> {
  await getAssignmentOrThrow(prisma, { userId, organizationId, assignmentId, action: 'write' });
  requireFutureDueDate(dueAt);
  await prisma.assignment.update({ where: { id: assignmentId }, data: { dueAt } });
  return { id: assignmentId, dueAt: dueAt?.toISOString() ?? null };
}
