import { requireMembership } from '../access/require-membership';
import { MANAGERS, type OrgRole } from '../access/roles';
import type { PrismaClient } from '../db/client';
import { invitationUrl } from './invitation-url';
import { invitationStatus, type InvitationStatus } from './schemas';

export type InvitationView = {
  id: string;
  role: OrgRole;
  url: string;
  email: string | null;
  status: InvitationStatus;
  maxUses: number | null;
  uses: number;
  expiresAt: string;
  createdAt: string;
  createdBy: string;
  joined: { name: string; email: string; joinedAt: string }[];
};

export type ListInvitationsOptions = { userId: string; organizationId: string; appUrl: string };

/** Owners and coaches see the organization's invitation links, newest first, with who joined through each. */
export async function listInvitations(prisma: PrismaClient, { userId, organizationId, appUrl }: ListInvitationsOptions): Promise<InvitationView[]> {
  await requireMembership(prisma, { userId, organizationId, roles: MANAGERS });
  const rows = await prisma.invitation.findMany({
    where: { organizationId },
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: {
      id: true, role: true, token: true, email: true, maxUses: true, uses: true, expiresAt: true, revokedAt: true, createdAt: true,
      createdBy: { select: { name: true } },
      memberships: { select: { createdAt: true, user: { select: { name: true, email: true } } }, orderBy: { createdAt: 'asc' } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    url: invitationUrl(appUrl, r.token),
    email: r.email,
    status: invitationStatus(r),
    maxUses: r.maxUses,
    uses: r.uses,
    expiresAt: r.expiresAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy.name,
    joined: r.memberships.map((m) => ({ name: m.user.name, email: m.user.email, joinedAt: m.createdAt.toISOString() })),
  }));
}
