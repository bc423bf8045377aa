import { requireMembership } from '../access/require-membership';
import { STAFF, type OrgRole } from '../access/roles';
import type { PrismaClient } from '../db/client';

export type MemberView = { userId: string; name: string; email: string; role: OrgRole; joinedAt: string; assignments: number };

export type ListMembersOptions = { userId: string; organizationId: string };

/** Staff see who is in the organization; candidates do not see each other. */
export async function listMembers(prisma: PrismaClient, { userId, organizationId }: ListMembersOptions): Promise<MemberView[]> {
  await requireMembership(prisma, { userId, organizationId, roles: STAFF });
  const [rows, assigned] = await Promise.all([
    prisma.membership.findMany({
      where: { organizationId },
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ role: 'asc' }, { user: { name: 'asc' } }],
    }),
    prisma.assignment.groupBy({ by: ['candidateId'], where: { organizationId }, _count: { _all: true } }),
  ]);
  const counts = new Map(assigned.map((a) => [a.candidateId, a._count._all]));
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, role: r.role, joinedAt: r.createdAt.toISOString(), assignments: counts.get(r.user.id) ?? 0 }));
}
