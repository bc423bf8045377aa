import type { PrismaClient } from '../db/client';

export type ProblemAssignmentNote = { organizationName: string; setTitle: string; dueAt: string | null; pastDue: boolean };

export type ListProblemAssignmentsOptions = { userId: string; problemSlug: string };

/** The user's assignments that include this problem (in organizations they still belong to), for the problem page. */
export async function listProblemAssignments(prisma: PrismaClient, { userId, problemSlug }: ListProblemAssignmentsOptions): Promise<ProblemAssignmentNote[]> {
  const rows = await prisma.assignment.findMany({
    where: { candidateId: userId, organization: { memberships: { some: { userId } } }, problemSet: { items: { some: { problem: { slug: problemSlug } } } } },
    orderBy: { dueAt: { sort: 'asc', nulls: 'last' } },
    select: { dueAt: true, organization: { select: { name: true } }, problemSet: { select: { title: true } } },
  });
  const now = new Date();
  return rows.map((r) => ({ organizationName: r.organization.name, setTitle: r.problemSet.title, dueAt: r.dueAt?.toISOString() ?? null, pastDue: r.dueAt !== null && r.dueAt < now }));
}
