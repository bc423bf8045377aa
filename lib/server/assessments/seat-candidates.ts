import { MANAGERS } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { getAssessmentOrThrow } from './get-assessment-or-throw';
import type { SeatCandidatesInput } from './schemas';
import { takeSeat } from './take-seat';

export type SeatCandidatesOptions = SeatCandidatesInput & { userId: string; organizationId: string; assessmentId: string };

/** Owners and coaches give the organization's existing candidates a seat, all or none; someone seated already keeps their seat. */
export async function seatCandidates(prisma: PrismaClient, { userId, organizationId, assessmentId, candidateIds, ...extra }: SeatCandidatesOptions): Promise<{ seated: number }> {
  await getAssessmentOrThrow(prisma, { userId, organizationId, assessmentId, roles: MANAGERS });
  const ids = [...new Set(candidateIds)];
  return prisma.$transaction(async (tx) => {
    const members = await tx.membership.findMany({ where: { organizationId, userId: { in: ids }, role: 'candidate' }, select: { userId: true } });
    if (members.length !== ids.length) throw new AppError('bad_request', 'Someone you chose is not a candidate of this organization (any more). Reload the page and choose again.');
    let seated = 0;
    for (const candidateId of ids) if ((await takeSeat(tx, { assessmentId, candidateId, ...extra })).created) seated++;
    return { seated };
  });
}
