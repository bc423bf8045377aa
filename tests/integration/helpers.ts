import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../../lib/server/db/client';

export function testDatabaseUrl(): string {
  return inject('databaseUrl');
}

export function testPrisma(): PrismaClient {
  return createPrismaClient(testDatabaseUrl());
}

/** A unique e-mail per call, so tests sharing the run's database never collide. */
export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}
