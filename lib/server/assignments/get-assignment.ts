import type { PrismaClient } from '../db/client';
import { getAssignmentOrThrow } from './get-assignment-or-throw';
import { ASSIGNMENT_VIEW_SELECT, toAssignmentView, type AssignmentView } from './list-assignments';

export type GetAssignmentOptions = { userId: string; organizationId: string; assignmentId: string };

/** One assignment: staff read any of their organization's, a candidate their own. */
export async function getAssignment(prisma: PrismaClient, options: GetAssignmentOptions): Promise<AssignmentView> {
  await getAssignmentOrThrow(prisma, { ...options, action: 'read' });
  return toAssignmentView(await prisma.assignment.findUniqueOrThrow({ where: { id: options.assignmentId }, select: ASSIGNMENT_VIEW_SELECT }));
}
