import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { CatalogEntry } from './parse-catalog.ts';
import { DEFAULT_PROBLEMS_DIR } from './list-problems.ts';

/**
 * The committed index of the problem catalog (`problems/catalog-index.json`), written by
 * `npm run problems:coverage` from ../shared/problem-catalog, which CI does not have: problems:check and
 * the scaffold read this copy.
 */
export const CATALOG_INDEX_FILE = 'catalog-index.json';

const CatalogEntrySchema = z.object({
  id: z.string().regex(/^\d{3}:[a-z0-9]+(-[a-z0-9]+)*$/),
  seed: z.string().regex(/^\d{3}$/),
  slug: z.string(),
  title: z.string(),
  file: z.string(),
  part: z.string(),
  topic: z.string(),
  difficulty: z.string(),
  signature: z.string(),
  source: z.string(),
}) satisfies z.ZodType<CatalogEntry>;

const CatalogIndexSchema = z.object({ generatedBy: z.string(), files: z.array(z.string()), entries: z.array(CatalogEntrySchema) });

export type CatalogIndex = z.infer<typeof CatalogIndexSchema>;

export function catalogIndexPath(problemsDir = DEFAULT_PROBLEMS_DIR): string {
  return path.join(problemsDir, CATALOG_INDEX_FILE);
}

export function buildCatalogIndex(files: string[], entries: CatalogEntry[]): CatalogIndex {
  return { generatedBy: 'npm run problems:coverage (from ../shared/problem-catalog); do not edit by hand', files, entries };
}

/** The index as committed: one entry per line, so a catalog change shows as a readable diff. */
export function formatCatalogIndex(index: CatalogIndex): string {
  const { entries, ...head } = index;
  const top = JSON.stringify(head).slice(0, -1);
  return `${top},"entries":[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
}

/** The committed index, or null when the repository has none yet. Throws on a malformed file. */
export async function readCatalogIndex(problemsDir = DEFAULT_PROBLEMS_DIR): Promise<CatalogIndex | null> {
  const file = catalogIndexPath(problemsDir);
  if (!existsSync(file)) return null;
  const parsed = CatalogIndexSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`problems/${CATALOG_INDEX_FILE} is malformed: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

let knownIds: Promise<Set<string> | null> | null = null;

/**
 * What is wrong with a package's `catalog:` citations: an entry the committed index does not have (the index is
 * read once per process). A package beyond the catalog cites none; COVERAGE.md lists it as such.
 */
export async function checkCatalogCitations(catalog: readonly string[]): Promise<string[]> {
  if (catalog.length === 0) return [];
  knownIds ??= readCatalogIndex().then((index) => (index === null ? null : new Set(index.entries.map((e) => e.id))));
  const ids = await knownIds;
  if (ids === null) return [`problems/${CATALOG_INDEX_FILE} is missing (npm run problems:coverage writes it)`];
  const unknown = catalog.filter((id) => !ids.has(id));
  return unknown.length > 0 ? [`cites catalog entries that do not exist: ${unknown.join(', ')} (problems/${CATALOG_INDEX_FILE} lists them)`] : [];
}
