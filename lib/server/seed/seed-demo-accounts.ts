import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../db/client';
import { seedUser } from './seed-user';

export type DemoCredential = { role: string; email: string; password: string };

const DEMO_ROLES = ['owner', 'coach', 'reviewer', 'candidate'] as const;
const DEMO_ORGANIZATIONS = [
  { name: 'Demo Coaching Group', slug: 'demo-coaching', kind: 'coaching', roles: ['owner', 'coach', 'candidate'] },
  { name: 'Demo Hiring Team', slug: 'demo-hiring', kind: 'hiring', roles: ['owner', 'reviewer', 'candidate'] },
] as const;

/**
 * First development start only: one account per organization role, in a demo coaching group and a
 * demo hiring team, each with a fresh random password. Does nothing once any user exists.
 */
export async function seedDemoAccounts(prisma: PrismaClient): Promise<DemoCredential[]> {
  if ((await prisma.user.count()) > 0) return [];
  const credentials: DemoCredential[] = [];
  const users: Record<(typeof DEMO_ROLES)[number], string> = { owner: '', coach: '', reviewer: '', candidate: '' };
  for (const role of DEMO_ROLES) {
    const password = randomBytes(9).toString('base64url');
    const email = `${role}@demo.local`;
    users[role] = (await seedUser(prisma, { email, name: `Demo ${role}`, password })).id;
    credentials.push({ role, email, password });
  }
  for (const org of DEMO_ORGANIZATIONS) {
    await prisma.organization.create({
      data: { name: org.name, slug: org.slug, kind: org.kind, memberships: { create: org.roles.map((role) => ({ userId: users[role], role })) } },
    });
  }
  return credentials;
}
