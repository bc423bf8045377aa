import type { OrgRole } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { AppError } from '../errors';
import { invitationStatus, type InvitationStatus } from './schemas';

export type InvitationPreview = {
  organizationId: string;
  organizationName: string;
  kind: 'coaching' | 'hiring';
  role: OrgRole;
  status: InvitationStatus;
  expiresAt: string;
  alreadyMember: boolean;
  /** an assessment's link: joining also seats the person as its candidate */
  assessment: { id: string; title: string; timeLimitMinutes: number; seated: boolean } | null;
};

export type GetInvitationOptions = { token: string; userId: string | null };

/** What the join page shows: anyone holding the link may see where it leads and whether it still works. */
export async function getInvitation(prisma: PrismaClient, { token, userId }: GetInvitationOptions): Promise<InvitationPreview> {
  const row = await prisma.invitation.findUnique({
    where: { token },
    select: {
      role: true, expiresAt: true, revokedAt: true, maxUses: true, uses: true,
      organization: { select: { id: true, name: true, kind: true } },
      assessment: { select: { id: true, title: true, timeLimitMinutes: true } },
    },
  });
  if (!row) throw new AppError('not_found', 'This invitation link is not valid. Check that you copied all of it.');
  const alreadyMember = userId !== null && (await prisma.membership.count({ where: { organizationId: row.organization.id, userId } })) > 0;
  const seated = userId !== null && row.assessment !== null && (await prisma.assessmentCandidate.count({ where: { assessmentId: row.assessment.id, candidateId: userId } })) > 0;
  return {
    organizationId: row.organization.id,
    organizationName: row.organization.name,
    kind: row.organization.kind,
    role: row.role,
    status: invitationStatus(row),
    expiresAt: row.expiresAt.toISOString(),
    alreadyMember,
    assessment: row.assessment && { ...row.assessment, seated },
  };
}
