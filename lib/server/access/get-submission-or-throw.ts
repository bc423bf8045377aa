import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { STAFF } from './roles';

export type SubmissionAccess = { id: string; userId: string; problemId: string; attemptId: string | null; createdAt: Date; viewer: 'author' | 'staff' };

export type GetSubmissionOrThrowOptions = { viewerId: string; submissionId: string };

/**
 * A submission the viewer may read: their own; work in an assessment attempt, for staff of the
 * organization that set it (and for no one else: another organization that assigned the same problem
 * never sees it); practice work on a problem that an organization where the viewer is staff assigned
 * to that candidate (who is still a member). Anything else is "not found", so ids cannot be probed.
 */
export async function getSubmissionOrThrow(prisma: PrismaClient, options: GetSubmissionOrThrowOptions): Promise<SubmissionAccess> {
  const row = await prisma.submission.findUnique({
    where: { id: options.submissionId },
    select: { id: true, userId: true, problemId: true, attemptId: true, createdAt: true, attempt: { select: { assessmentCandidate: { select: { assessment: { select: { organizationId: true } } } } } } },
  });
  if (!row) throw notFound();
  const { attempt, ...submission } = row;
  if (row.userId === options.viewerId) return { ...submission, viewer: 'author' };
  if (row.attemptId) {
    const organizationId = attempt?.assessmentCandidate?.assessment.organizationId;
    const staff = organizationId && (await prisma.membership.count({ where: { organizationId, userId: options.viewerId, role: { in: [...STAFF] } } })) > 0;
    if (staff) return { ...submission, viewer: 'staff' };
    throw notFound();
  }
  if (await canSeeCandidateWork(prisma, { viewerId: options.viewerId, candidateId: row.userId, problemId: row.problemId })) return { ...submission, viewer: 'staff' };
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
