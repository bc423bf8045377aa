import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { buildCatalogIndex, type CatalogIndex } from './catalog-index.ts';
import { parseCatalogFile, type CatalogEntry } from './parse-catalog.ts';

/**
 * The problem catalog's folder: `explicit`, else PROBLEM_CATALOG_DIR, else `shared/problem-catalog` in the
 * nearest folder above the repository (../shared for the main checkout, ../../shared for a worktree), else null.
 */
export function findCatalogDir(explicit?: string): string | null {
  const given = explicit ?? process.env.PROBLEM_CATALOG_DIR;
  if (given) {
    if (!existsSync(given)) throw new Error(`no catalog folder at ${given}`);
    return path.resolve(given);
  }
  for (let dir = path.dirname(REPO_ROOT); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'problem-catalog');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/** Every entry of every from-*.md file of the catalog folder, in file order; throws on a duplicate id. */
export async function readCatalog(dir: string): Promise<CatalogIndex> {
  const files = (await readdir(dir)).filter((f) => /^from-.*\.md$/.test(f)).sort();
  if (files.length === 0) throw new Error(`${dir} holds no from-*.md catalog files`);
  const entries: CatalogEntry[] = [];
  for (const file of files) entries.push(...parseCatalogFile(file, await readFile(path.join(dir, file), 'utf8')));
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new Error(`catalog entry ${e.id} appears twice`);
    seen.add(e.id);
  }
  return buildCatalogIndex(files, entries);
}
