import { Logger, runMigrations } from 'graphile-worker';

/** Installs or upgrades graphile-worker's own schema (`graphile_worker`), next to Prisma's tables. */
export async function migrateQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: queueLogger() });
}

/** graphile-worker's logger, keeping only warnings and errors. */
export function queueLogger(): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') console.error(`[queue] ${message}`);
  });
}
