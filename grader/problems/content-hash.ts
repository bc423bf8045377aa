import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(path.join(dir, e.name), rel)));
    else if (e.isFile()) out.push(rel);
  }
  return out;
}

/**
 * Version of a problem package: a hash over every file's path and bytes, so any edit (a test, the
 * reference, the statement) gives a new version and invalidates cached expected values.
 */
export async function packageContentHash(dir: string, extraFiles: readonly string[] = []): Promise<string> {
  const hash = createHash('sha256');
  for (const file of extraFiles) hash.update(await readFile(file)).update('\0');
  for (const rel of (await listFiles(dir)).sort()) {
    hash.update(rel).update('\0').update(await readFile(path.join(dir, rel))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
