import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { ROLE_LABELS, STAFF, type OrgRole } from './roles';

export type AttemptAccess = {
  id: string;
  candidateId: string;
  /** the candidate themselves, or staff of the organization whose assessment it answers */
  viewer: 'candidate' | 'staff';
  /** null for a candidate's own mock interview */
  assessment: { id: string; organizationId: string } | null;
};

export type GetAttemptOrThrowOptions = {
  viewerId: string;
  attemptId: string;
  /** who may: the candidate, staff of the assessment's organization, or either */
  allow: 'candidate' | 'staff' | 'either';
  /** staff roles allowed (default: all staff) */
  roles?: readonly OrgRole[];
};

/**
 * An attempt the viewer may see: their own, or one answering an assessment of an organization where
 * they are staff. Anyone else, other candidates included, gets "not found", so ids cannot be probed;
 * staff whose role may not do this get "forbidden".
 */
export async function getAttemptOrThrow(prisma: PrismaClient, { viewerId, attemptId, allow, roles = STAFF }: GetAttemptOrThrowOptions): Promise<AttemptAccess> {
  const row = await prisma.attempt.findUnique({
    where: { id: attemptId },
    select: { id: true, candidateId: true, assessmentCandidate: { select: { assessment: { select: { id: true, organizationId: true } } } } },
  });
  if (!row) throw notFound();
  const assessment = row.assessmentCandidate?.assessment ?? null;
  if (allow !== 'staff' && row.candidateId === viewerId) return { id: row.id, candidateId: row.candidateId, viewer: 'candidate', assessment };
  if (allow !== 'candidate' && assessment) {
    const membership = await prisma.membership.findUnique({ where: { organizationId_userId: { organizationId: assessment.organizationId, userId: viewerId } }, select: { role: true } });
    if (membership && STAFF.includes(membership.role)) {
      if (!roles.includes(membership.role)) throw new AppError('forbidden', `As a ${ROLE_LABELS[membership.role].toLowerCase()} of this organization you cannot do this.`);
      return { id: row.id, candidateId: row.candidateId, viewer: 'staff', assessment };
    }
  }
  throw notFound();
}

function notFound(): AppError {
  return new AppError('not_found', 'There is no such attempt, or you may not see it.');
}
