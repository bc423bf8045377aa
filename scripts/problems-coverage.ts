/**
 * npm run problems:coverage [-- --catalog <dir>] — the coverage map of the problem catalog.
 *
 * Reads every `### <slug> — <title>` entry of <dir>/from-*.md (default: the nearest shared/problem-catalog
 * above the repository, or PROBLEM_CATALOG_DIR) and writes problems/catalog-index.json; without a catalog
 * folder (CI) it uses the committed index. Then writes problems/COVERAGE.md from the index, the packages'
 * front matter (`catalog:`, and topic, title, difficulty and `source:` for its "Packages by topic" listing)
 * and problems/coverage-exclusions.yaml, and lists the entries neither covered nor excluded. Exit 1 when a
 * citation or exclusion does not add up.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { computeCoverage } from '../grader/problems/catalog-coverage.ts';
import { catalogIndexPath, formatCatalogIndex, readCatalogIndex, type CatalogIndex } from '../grader/problems/catalog-index.ts';
import { readExclusions } from '../grader/problems/coverage-exclusions.ts';
import { coverageMarkdown } from '../grader/problems/coverage-markdown.ts';
import { DEFAULT_PROBLEMS_DIR, listProblems } from '../grader/problems/list-problems.ts';
import { findCatalogDir, readCatalog } from '../grader/problems/read-catalog.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { catalog: { type: 'string' } } });
  const catalogDir = findCatalogDir(values.catalog);
  let index: CatalogIndex;
  if (catalogDir) {
    index = await readCatalog(catalogDir);
    await writeFile(catalogIndexPath(), formatCatalogIndex(index));
    process.stdout.write(`problems/catalog-index.json: ${index.entries.length} entries from ${catalogDir}\n`);
  } else {
    const committed = await readCatalogIndex();
    if (!committed) throw new Error('no catalog folder (--catalog <dir>) and no committed problems/catalog-index.json');
    index = committed;
    process.stdout.write(`no catalog folder found: using the committed problems/catalog-index.json (${index.entries.length} entries)\n`);
  }
  const { problems, failures } = await listProblems();
  for (const f of failures) process.stderr.write(`skipped problems/${f.slug}: ${f.message}\n`);
  const coverage = computeCoverage(index.entries, problems, await readExclusions());
  await writeFile(path.join(DEFAULT_PROBLEMS_DIR, 'COVERAGE.md'), coverageMarkdown(coverage, problems));
  const covered = coverage.rows.filter((r) => r.packages.length > 0).length;
  const excluded = coverage.rows.filter((r) => r.packages.length === 0 && r.exclusion).length;
  process.stdout.write(`problems/COVERAGE.md: ${covered} entries covered by ${problems.length} packages, ${excluded} excluded, ${coverage.unaccounted.length} not yet accounted for\n`);
  if (coverage.beyondCatalog.length > 0) process.stdout.write(`packages beyond the catalog: ${coverage.beyondCatalog.join(' ')}\n`);
  if (coverage.unaccounted.length > 0) process.stdout.write(`not yet accounted for: ${coverage.unaccounted.map((e) => e.id).join(' ')}\n`);
  for (const error of coverage.errors) process.stderr.write(`error: ${error}\n`);
  return coverage.errors.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`problems:coverage: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
