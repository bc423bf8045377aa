// `npm start`: one command runs the whole service — PostgreSQL (embedded unless DATABASE_URL is set),
// migrations, the first-start demo seed, the web server and the grading workers — and keeps it running:
// a process that dies (a worker, the web server, the embedded PostgreSQL) is started again with backoff
// while the rest keeps serving. Ctrl+C or SIGTERM stops it all.
//   --dev   runs Next.js in development mode (hot reload) instead of a production build
// Several machines on one database: DATABASE_URL, WEB_SERVER=on|off and GRADING_WORKERS=<n> (README).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { readLaunchConfig } from '../lib/server/runtime/launch-config.ts';
import { loadOrCreateAuthSecret } from '../lib/server/runtime/auth-secret.ts';
import { ensureNextBuild } from '../lib/server/runtime/ensure-next-build.ts';
import { supervise, type Supervisor } from '../lib/server/runtime/supervise.ts';
import { runningChild } from '../lib/server/runtime/running-child.ts';
import { startEmbeddedDatabase } from '../lib/server/db/embedded-postgres.ts';
import { applyMigrations, readMigrations } from '../lib/server/db/migrations.ts';
import { withAdvisoryLock } from '../lib/server/db/with-advisory-lock.ts';
import { createPrismaClient } from '../lib/server/db/client.ts';
import { seedDemoAccounts } from '../lib/server/seed/seed-demo-accounts.ts';
import { syncProblems } from '../lib/server/problems/sync-problems.ts';
import { listProblems } from '../grader/index.ts';
import { migrateQueue } from '../lib/server/queue/queue-schema.ts';
import { describePythonRuntime, detectPythonRuntime, pythonRuntimeEnv } from '../grader/python/python-runtime.ts';

process.env.CHECKPOINT_DISABLE = '1';
process.env.NEXT_TELEMETRY_DISABLED = '1';

const root = path.resolve(import.meta.dirname, '..');
const devMode = process.argv.includes('--dev');
const log = (line: string) => console.log(`[start] ${line}`);
// any constant: machines starting at once on one database set it up one at a time
const SETUP_LOCK = 72_707_370;
// a child that dies this soon after the launcher started it is misconfigured: stop rather than loop
const FIRST_RUN_GRACE_MS = 10_000;

let database: Supervisor | undefined;
const supervisors: Supervisor[] = [];
let shuttingDown = false;

/** Web and workers first, the database last. */
async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    log('Stopping…');
    await Promise.all(supervisors.map((s) => s.stop()));
    await database?.stop().catch((error) => console.error('Could not stop the embedded PostgreSQL cleanly:', error));
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

const fatal = (name: string) => (how: string) => {
  console.error(`[start] The ${name} exited right after starting (${how}); stopping. Its log above says why.`);
  void shutdown(1);
};

try {
  const config = readLaunchConfig(process.env, root);

  let databaseUrl = config.DATABASE_URL ?? '';
  if (config.DATABASE_URL) {
    log('Using the PostgreSQL server in DATABASE_URL.');
  } else {
    // restarted on the port the first start found free: every client's DATABASE_URL names it
    let port = config.EMBEDDED_PG_PORT;
    let exactPort = false;
    database = supervise({
      name: 'embedded PostgreSQL',
      log,
      initialDelayMs: 250,
      maxDelayMs: 5_000,
      start: async () => {
        const database = await startEmbeddedDatabase({ dataDir: path.join(config.dataDir, 'postgres'), port, exactPort, databaseName: 'grader' });
        port = database.port;
        exactPort = true;
        databaseUrl = database.url;
        return database;
      },
    });
    await database.started;
    log(`Embedded PostgreSQL on port ${port}, data in ${path.relative(root, config.dataDir) || '.'}/postgres`);
  }

  await withAdvisoryLock(databaseUrl, SETUP_LOCK, async () => {
    const applied = await applyMigrations(databaseUrl, await readMigrations(path.join(root, 'prisma/migrations')));
    log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
    await migrateQueue(databaseUrl);
    const prisma = createPrismaClient(databaseUrl);
    try {
      const { problems, failures } = await listProblems();
      for (const failure of failures) log(`Skipping problem ${failure.slug}: ${failure.message}`);
      const synced = await syncProblems(prisma, { packages: problems });
      log(`Problems: ${problems.length} (${synced.created} new, ${synced.updated} updated, ${synced.deactivated} retired)`);
      if (config.NODE_ENV !== 'production') {
        const credentials = await seedDemoAccounts(prisma);
        if (credentials.length) {
          log('Demo accounts (first development start; shown once):');
          for (const c of credentials) log(`  ${c.role.padEnd(9)} ${c.email.padEnd(22)} password: ${c.password}`);
        }
      }
    } finally {
      await prisma.$disconnect();
    }
  });

  // the web server shows the language picker from this, the worker trusts it instead of testing again
  const python = process.env.GRADER_PYTHON === 'off' ? { available: false as const, reason: 'turned off with GRADER_PYTHON=off' } : await detectPythonRuntime();
  log(describePythonRuntime(python));

  const secret = config.BETTER_AUTH_SECRET ?? (await loadOrCreateAuthSecret(config.dataDir));
  const env = { ...process.env, ...pythonRuntimeEnv(python), GRADER_DATA_DIR: process.env.GRADER_DATA_DIR ?? config.dataDir, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: secret, APP_URL: config.appUrl, NODE_ENV: (devMode ? 'development' : 'production') as 'development' | 'production' };

  if (config.WEB_SERVER === 'on') {
    // NEXT_SERVER_ACTIONS_ENCRYPTION_KEY unset: Next makes a key per build, enough for one machine (README)
    if (!devMode) await ensureNextBuild(root, log);
    const webEnv = { ...env, PORT: String(config.PORT), HOST: config.HOST, TRUSTED_PROXIES: config.TRUSTED_PROXIES };
    supervisors.push(
      supervise({
        name: 'web server',
        log,
        firstRunGraceMs: FIRST_RUN_GRACE_MS,
        onFatal: fatal('web server'),
        start: async () => runningChild(spawn(process.execPath, ['--import', 'tsx', path.join(root, 'web/server.ts')], { cwd: root, env: webEnv, stdio: 'inherit' })),
      }),
    );
  }
  for (let i = 1; i <= config.GRADING_WORKERS; i++) {
    const name = config.GRADING_WORKERS > 1 ? `grading worker ${i}` : 'grading worker';
    supervisors.push(
      supervise({
        name,
        log,
        firstRunGraceMs: FIRST_RUN_GRACE_MS,
        onFatal: fatal(name),
        start: async () => runningChild(spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', path.join(root, 'worker/main.ts')], { cwd: root, env, stdio: 'inherit' })),
      }),
    );
  }
  await Promise.all(supervisors.map((s) => s.started));
  const running = [config.WEB_SERVER === 'on' ? 'web server' : null, config.GRADING_WORKERS ? `${config.GRADING_WORKERS} grading worker${config.GRADING_WORKERS > 1 ? 's' : ''}` : null].filter(Boolean).join(' and ');
  log(config.WEB_SERVER === 'on' ? `Serving on ${config.appUrl} (health: ${config.appUrl}/api/health) with ${running}` : `Running ${running}`);
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
