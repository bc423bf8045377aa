import type { PrismaClient } from '../db/client';
import { measureProblemProgress, NOT_STARTED, progressKey, type ProblemStatus } from './measure-problem-progress';

export type AssignedProblemView = { slug: string; title: string; difficulty: 'easy' | 'medium' | 'hard'; points: number; active: boolean; status: ProblemStatus; late: boolean; bestScore: number | null };
export type MyAssignmentView = {
  id: string;
  organizationId: string;
  organizationName: string;
  setTitle: string;
  description: string;
  dueAt: string | null;
  /** past the due date with problems left unsolved */
  overdue: boolean;
  assignedAt: string;
  problems: AssignedProblemView[];
};

/**
 * "Assigned to me": the user's assignments in organizations they still belong to, soonest due first,
 * with their status on each problem. Work after the due date counts and is marked late.
 */
export async function listMyAssignments(prisma: PrismaClient, { userId, organizationId }: { userId: string; organizationId?: string }): Promise<MyAssignmentView[]> {
  const rows = await prisma.assignment.findMany({
    where: { candidateId: userId, organization: { memberships: { some: { userId } } }, ...(organizationId ? { organizationId } : {}) },
    orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'desc' }],
    select: {
      id: true, dueAt: true, createdAt: true,
      organization: { select: { id: true, name: true } },
      problemSet: {
        select: {
          title: true, description: true,
          items: { orderBy: { position: 'asc' }, select: { points: true, problem: { select: { id: true, slug: true, title: true, difficulty: true, active: true } } } },
        },
      },
    },
  });
  const problemIds = [...new Set(rows.flatMap((r) => r.problemSet.items.map((i) => i.problem.id)))];
  const progress = await measureProblemProgress(prisma, { userIds: [userId], problemIds });
  const now = new Date();
  return rows.map((r) => {
    const problems = r.problemSet.items.map(({ points, problem }): AssignedProblemView => {
      const p = progress.get(progressKey(userId, problem.id)) ?? NOT_STARTED;
      return {
        slug: problem.slug, title: problem.title, difficulty: problem.difficulty, active: problem.active, points,
        status: p.status, bestScore: p.bestScore, late: isLate(p.solvedAt, r.dueAt),
      };
    });
    return {
      id: r.id,
      organizationId: r.organization.id,
      organizationName: r.organization.name,
      setTitle: r.problemSet.title,
      description: r.problemSet.description,
      dueAt: r.dueAt?.toISOString() ?? null,
      overdue: r.dueAt !== null && r.dueAt < now && problems.some((p) => p.status !== 'solved'),
      assignedAt: r.createdAt.toISOString(),
      problems,
    };
  });
}

/** Solved after the due date. */
export function isLate(solvedAt: Date | null, dueAt: Date | null): boolean {
  return solvedAt !== null && dueAt !== null && solvedAt > dueAt;
}
