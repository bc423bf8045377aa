/**
 * npm run problem:new -- <slug> [--catalog 004:slug …] [--title "…"] [--topic t] [--difficulty d]
 *
 * Scaffolds problems/<slug>/ from the package format. Without --catalog it prefills from every entry of the
 * committed catalog index with the same slug (title, topic, difficulty, signature, study sheets).
 */
import { parseArgs } from 'node:util';
import { readCatalogIndex } from '../grader/problems/catalog-index.ts';
import type { CatalogEntry } from '../grader/problems/parse-catalog.ts';
import { scaffoldProblem } from '../grader/problems/scaffold-problem.ts';

const USAGE = 'usage: npm run problem:new -- <slug> [--catalog <seed>:<slug> …] [--title "…"] [--topic <topic>] [--difficulty easy|medium|hard]';

async function catalogEntries(slug: string, ids: string[]): Promise<CatalogEntry[]> {
  const index = await readCatalogIndex();
  if (index === null) {
    if (ids.length > 0) throw new Error('there is no problems/catalog-index.json to look --catalog up in (npm run problems:coverage writes it)');
    return [];
  }
  if (ids.length === 0) return index.entries.filter((e) => e.slug === slug);
  return ids.map((id) => {
    const entry = index.entries.find((e) => e.id === id);
    if (!entry) throw new Error(`--catalog ${id}: no such catalog entry (ids look like "004:roc-auc"; see problems/COVERAGE.md)`);
    return entry;
  });
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      catalog: { type: 'string', multiple: true },
      title: { type: 'string' },
      topic: { type: 'string' },
      difficulty: { type: 'string' },
    },
  });
  const [slug, ...extra] = positionals;
  if (slug === undefined || extra.length > 0) throw new Error(USAGE);
  const catalog = await catalogEntries(slug, values.catalog ?? []);
  const { dir, files } = await scaffoldProblem({ slug, catalog, title: values.title, topic: values.topic, difficulty: values.difficulty });
  const from = catalog.length > 0 ? ` from catalog ${catalog.map((e) => e.id).join(', ')}` : '';
  process.stdout.write(`wrote ${dir}${from}:\n${files.map((f) => `  ${f}`).join('\n')}\n`);
  process.stdout.write(`Fill in every TODO(problem:new) (grader/PROBLEM_FORMAT.md), then: npm run -s problems:check -- ${slug}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`problem:new: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
