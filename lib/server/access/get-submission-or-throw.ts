import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { STAFF } from './roles';

export type SubmissionAccess = { id: string; userId: string; problemId: string; createdAt: Date; viewer: 'author' | 'staff' };

export type GetSubmissionOrThrowOptions = { viewerId: string; submissionId: string };

/**
 * A submission the viewer may read: their own, or a candidate's work on a problem that an
 * organization where the viewer is staff assigned to that candidate (who is still a member).
 * Anything else is "not found", so ids cannot be probed.
 */
export async function getSubmissionOrThrow(prisma: PrismaClient, options: GetSubmissionOrThrowOptions): Promise<SubmissionAccess> {
  const row = await prisma.submission.findUnique({ where: { id: options.submissionId }, select: { id: true, userId: true, problemId: true, createdAt: true } });
  if (!row) throw notFound();
  if (row.userId === options.viewerId) return { ...row, viewer: 'author' };
  if (await canSeeCandidateWork(prisma, { viewerId: options.viewerId, candidateId: row.userId, problemId: row.problemId })) return { ...row, viewer: 'staff' };
  throw notFound();
}

export type CandidateWorkOptions = {
  viewerId: string;
  candidateId: string;
  problemId: string;
  /** only through this organization's assignments */
  organizationId?: string;
};

/** Whether the viewer is staff of an organization that assigned this problem to this candidate, a member still. */
export async function canSeeCandidateWork(prisma: PrismaClient, options: CandidateWorkOptions): Promise<boolean> {
  const assignment = await prisma.assignment.findFirst({
    where: {
      candidateId: options.candidateId,
      ...(options.organizationId ? { organizationId: options.organizationId } : {}),
      problemSet: { items: { some: { problemId: options.problemId } } },
      organization: {
        AND: [
          { memberships: { some: { userId: options.viewerId, role: { in: [...STAFF] } } } },
          { memberships: { some: { userId: options.candidateId } } },
        ],
      },
    },
    select: { id: true },
  });
  return assignment !== null;
}

function notFound(): AppError {
  return new AppError('not_found', 'There is no such submission.');
}
