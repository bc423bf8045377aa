import type { PrismaClient } from '../db/client';
import { getAssignmentOrThrow } from './get-assignment-or-throw';

export type DeleteAssignmentOptions = { userId: string; organizationId: string; assignmentId: string };

/** Managers withdraw an assignment; the candidate's submissions stay theirs. */
export async function deleteAssignment(prisma: PrismaClient, options: DeleteAssignmentOptions): Promise<void> {
  await getAssignmentOrThrow(prisma, { ...options, action: 'write' });
  await prisma.assignment.delete({ where: { id: options.assignmentId } });
}
