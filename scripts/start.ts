// `npm start`: one command runs the whole service — PostgreSQL (embedded unless DATABASE_URL is
// set), migrations, the first-start demo seed, and the web server. Ctrl+C or SIGTERM stops it all.
//   --dev   runs Next.js in development mode (hot reload) instead of a production build
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { readLaunchConfig } from '../lib/server/runtime/launch-config.ts';
import { loadOrCreateAuthSecret } from '../lib/server/runtime/auth-secret.ts';
import { ensureNextBuild } from '../lib/server/runtime/ensure-next-build.ts';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/server/db/embedded-postgres.ts';
import { applyMigrations, readMigrations } from '../lib/server/db/migrations.ts';
import { createPrismaClient } from '../lib/server/db/client.ts';
import { seedDemoAccounts } from '../lib/server/seed/seed-demo-accounts.ts';
import { syncProblems } from '../lib/server/problems/sync-problems.ts';
import { listProblems } from '../grader/index.ts';
import { migrateQueue } from '../lib/server/queue/queue-schema.ts';
import { stopChild } from '../lib/server/runtime/stop-child.ts';
import { describePythonRuntime, detectPythonRuntime, pythonRuntimeEnv } from '../grader/python/python-runtime.ts';

process.env.CHECKPOINT_DISABLE = '1';
process.env.NEXT_TELEMETRY_DISABLED = '1';

const root = path.resolve(import.meta.dirname, '..');
const devMode = process.argv.includes('--dev');
const log = (line: string) => console.log(`[start] ${line}`);

let embedded: EmbeddedDatabase | undefined;
const children: ChildProcess[] = [];
let shuttingDown = false;

async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    log('Stopping…');
    await Promise.all(children.map((child) => stopChild(child)));
    await embedded?.stop().catch((error) => console.error('Could not stop the embedded PostgreSQL cleanly:', error));
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));


try {
  const config = readLaunchConfig(process.env, root);

  if (config.DATABASE_URL) {
    log('Using the PostgreSQL server in DATABASE_URL.');
  } else {
    embedded = await startEmbeddedDatabase({ dataDir: path.join(config.dataDir, 'postgres'), port: config.EMBEDDED_PG_PORT, databaseName: 'grader' });
    log(`Embedded PostgreSQL on port ${embedded.port}, data in ${path.relative(root, config.dataDir) || '.'}/postgres`);
  }
  const databaseUrl = config.DATABASE_URL ?? embedded!.url;

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

  // the web server shows the language picker from this, the worker trusts it instead of testing again
  const python = process.env.GRADER_PYTHON === 'off' ? { available: false as const, reason: 'turned off with GRADER_PYTHON=off' } : await detectPythonRuntime();
  log(describePythonRuntime(python));

  const secret = config.BETTER_AUTH_SECRET ?? (await loadOrCreateAuthSecret(config.dataDir));
  const env = { ...process.env, ...pythonRuntimeEnv(python), GRADER_DATA_DIR: process.env.GRADER_DATA_DIR ?? config.dataDir, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: secret, APP_URL: config.appUrl, NODE_ENV: (devMode ? 'development' : 'production') as 'development' | 'production' };

  if (!devMode) await ensureNextBuild(root, log);
  const webEnv = { ...env, PORT: String(config.PORT), HOST: config.HOST, TRUSTED_PROXIES: config.TRUSTED_PROXIES };
  const web = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'web/server.ts')], { cwd: root, env: webEnv, stdio: 'inherit' });
  children.push(web);
  const worker = spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', path.join(root, 'worker/main.ts')], { cwd: root, env, stdio: 'inherit' });
  children.push(worker);
  for (const [name, child] of [['web server', web], ['grading worker', worker]] as const) {
    child.once('exit', (code) => {
      if (!shuttingDown) {
        console.error(`[start] The ${name} exited (code ${code}); stopping.`);
        void shutdown(code || 1);
      }
    });
  }
  log(`Serving on ${config.appUrl} (health: ${config.appUrl}/api/health)`);
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
