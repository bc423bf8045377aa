import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from 'better-auth/crypto';
import { createPrismaClient, type PrismaClient } from '../../lib/server/db/client';
import { applyMigrations, readMigrations } from '../../lib/server/db/migrations';
import { seedDemoAccounts } from '../../lib/server/seed/seed-demo-accounts';
import { testDatabaseUrl } from './helpers';

const adminUrl = testDatabaseUrl();
const freshUrl = adminUrl.replace(/\/[^/]+$/, '/seed_scratch');
const admin = new pg.Client({ connectionString: adminUrl });
let prisma: PrismaClient;

beforeAll(async () => {
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS seed_scratch');
  await admin.query('CREATE DATABASE seed_scratch');
  await applyMigrations(freshUrl, await readMigrations(path.resolve(import.meta.dirname, '../../prisma/migrations')));
  prisma = createPrismaClient(freshUrl);
});
afterAll(async () => {
  await prisma.$disconnect();
  await admin.query('DROP DATABASE IF EXISTS seed_scratch WITH (FORCE)');
  await admin.end();
});

describe('seedDemoAccounts (first development start)', () => {
  it('creates one account per role with working passwords, in a coaching group and a hiring team', async () => {
    const credentials = await seedDemoAccounts(prisma);
    expect(credentials.map((c) => c.role)).toEqual(['owner', 'coach', 'reviewer', 'candidate']);
    const memberships = await prisma.membership.findMany({ select: { role: true, user: { select: { email: true } }, organization: { select: { kind: true } } } });
    expect(memberships.map((m) => `${m.organization.kind}:${m.role}:${m.user.email}`).sort()).toEqual([
      'coaching:candidate:candidate@demo.local',
      'coaching:coach:coach@demo.local',
      'coaching:owner:owner@demo.local',
      'hiring:candidate:candidate@demo.local',
      'hiring:owner:owner@demo.local',
      'hiring:reviewer:reviewer@demo.local',
    ]);
    const coach = credentials.find((c) => c.role === 'coach')!;
    const account = await prisma.account.findFirstOrThrow({ where: { user: { email: coach.email }, providerId: 'credential' }, select: { password: true } });
    expect(await verifyPassword({ hash: account.password!, password: coach.password })).toBe(true);
  });

  it('does nothing once any user exists', async () => {
    expect(await seedDemoAccounts(prisma)).toEqual([]);
    expect(await prisma.user.count()).toBe(4);
  });
});
