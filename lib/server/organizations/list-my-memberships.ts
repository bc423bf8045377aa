import type { PrismaClient } from '../db/client';

export type MyMembership = { organizationId: string; organizationName: string; kind: 'coaching' | 'hiring'; role: 'owner' | 'coach' | 'reviewer' | 'candidate' };

export async function listMyMemberships(prisma: PrismaClient, { userId }: { userId: string }): Promise<MyMembership[]> {
  const rows = await prisma.membership.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, name: true, kind: true } } },
    orderBy: { organization: { name: 'asc' } },
  });
  return rows.map((r) => ({ organizationId: r.organization.id, organizationName: r.organization.name, kind: r.organization.kind, role: r.role }));
}
