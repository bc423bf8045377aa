import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../db/client';
import type { CreateOrganizationInput } from './schemas';

export type CreateOrganizationOptions = CreateOrganizationInput & { userId: string };

/** Any signed-in user may create an organization; they become its first owner. */
export async function createOrganization(prisma: PrismaClient, { userId, name, kind }: CreateOrganizationOptions): Promise<{ id: string }> {
  return prisma.organization.create({
    data: { name, kind, slug: slugFor(name), memberships: { create: { userId, role: 'owner' } } },
    select: { id: true },
  });
}

/** Readable and unique without a round trip: the name's words plus a random suffix. */
function slugFor(name: string): string {
  const words = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `${words || 'org'}-${randomBytes(4).toString('hex')}`;
}
