import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { spawn } from 'node:child_process';

const SOURCES = ['app', 'lib', 'next.config.ts', 'proxy.ts', 'package.json', 'tsconfig.json'];
const SKIP = new Set(['node_modules', '.next', 'data', 'generated']);

/**
 * Builds the Next.js app when the sources changed since the last build (or there is none), or the
 * server-actions key given in the environment did: Next fixes it into the build.
 */
export async function ensureNextBuild(root: string, log: (line: string) => void): Promise<void> {
  const actionsKey = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  const stamp = (await sourceStamp(root)) + (actionsKey ? `:${createHash('sha256').update(actionsKey).digest('hex').slice(0, 16)}` : '');
  const stampFile = path.join(root, '.next', 'source-stamp');
  const previous = await readFile(stampFile, 'utf8').catch(() => '');
  const built = await stat(path.join(root, '.next', 'BUILD_ID')).then(() => true, () => false);
  if (built && previous === stamp) return;
  log('Building the web app (first start or changed sources; takes a minute or two)…');
  await run(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], root);
  await writeFile(stampFile, stamp);
}

async function sourceStamp(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of SOURCES) await addToHash(hash, root, entry);
  return hash.digest('hex');
}

async function addToHash(hash: ReturnType<typeof createHash>, root: string, relative: string): Promise<void> {
  const full = path.join(root, relative);
  const info = await stat(full).catch(() => null);
  if (!info) return;
  if (info.isFile()) {
    hash.update(`${relative}\0${info.size}\0${info.mtimeMs}\n`);
    return;
  }
  const entries = (await readdir(full, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (!SKIP.has(entry.name)) await addToHash(hash, root, path.join(relative, entry.name));
  }
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build exited with code ${code}`))));
  });
}
