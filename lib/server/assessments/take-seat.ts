import type { PrismaClient } from '../db/client';
import type { ExtraTime } from '../attempts/compute-deadline';

export type TakeSeatOptions = ExtraTime & { assessmentId: string; candidateId: string; invitationId?: string | null };

/**
 * Inside a transaction: seats a candidate in an assessment (once; a second call changes nothing) and
 * numbers them after the others, with the assessment locked so two at once never share a number.
 */
export async function takeSeat(tx: Pick<PrismaClient, '$queryRaw' | 'assessmentCandidate'>, options: TakeSeatOptions): Promise<{ id: string; created: boolean }> {
  const { assessmentId, candidateId } = options;
  await tx.$queryRaw`SELECT 1 FROM "Assessment" WHERE "id" = ${assessmentId} FOR NO KEY UPDATE`;
  const existing = await tx.assessmentCandidate.findUnique({ where: { assessmentId_candidateId: { assessmentId, candidateId } }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const last = await tx.assessmentCandidate.findFirst({ where: { assessmentId }, orderBy: { number: 'desc' }, select: { number: true } });
  const seat = await tx.assessmentCandidate.create({
    data: { assessmentId, candidateId, number: (last?.number ?? 0) + 1, extraTimeMinutes: options.extraTimeMinutes, extraTimePercent: options.extraTimePercent, invitationId: options.invitationId ?? null },
    select: { id: true },
  });
  return { id: seat.id, created: true };
}
