import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../../lib/server/db/embedded-postgres';
import { applyMigrations, readMigrations } from '../../lib/server/db/migrations';
import { migrateQueue } from '../../lib/server/queue/queue-schema';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** A real PostgreSQL for the run: a fresh cluster in a temporary folder, migrated from empty. */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'grader-it-'));
  const database = await startEmbeddedDatabase({ dataDir: path.join(dir, 'pg'), port: Number(process.env.IT_PG_PORT ?? 56400), databaseName: 'integration' });
  await applyMigrations(database.url, await readMigrations(path.resolve(import.meta.dirname, '../../prisma/migrations')));
  await migrateQueue(database.url);
  project.provide('databaseUrl', database.url);
  return async () => {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
