/**
 * npm run problems:crosscheck [-- [--verbose] <slug>…] — checks the references against numpy, scipy and
 * scikit-learn. --verbose prints both values of every case outside tolerance.
 *
 * A developer tool: it needs /usr/bin/python3 (or CROSSCHECK_PYTHON) with numpy, scipy and scikit-learn,
 * and the problem catalog (../shared/problem-catalog); without them it says "skipped" and exits 0. It
 * evaluates each package's reference on its test cases in this process, runs the library adapters of
 * grader/problems/crosscheck/adapters.py on the same arguments in one Python process per batch of
 * packages, and writes problems/CROSS-CHECKS.md (a full run only; named slugs only print). Exit 1 when a
 * compared case is outside the package's declared tolerance and no adapter note explains it.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Tolerance } from '../grader/kit.ts';
import { parseNonFiniteJson, stringifyNonFiniteJson } from '../grader/non-finite-json.ts';
import { crosscheckMarkdown, formatDifference } from '../grader/problems/crosscheck/crosscheck-markdown.ts';
import { libraryMentions } from '../grader/problems/crosscheck/library-mentions.ts';
import { summarizePackage, type CaseOutcome, type PackageSummary } from '../grader/problems/crosscheck/summarize-package.ts';
import { DEFAULT_PROBLEMS_DIR, getProblem, listProblems } from '../grader/problems/list-problems.ts';
import { findCatalogDir } from '../grader/problems/read-catalog.ts';
import { REPO_ROOT } from '../grader/paths.ts';

const PYTHON = process.env.CROSSCHECK_PYTHON ?? '/usr/bin/python3';
const RUNNER = path.join(REPO_ROOT, 'grader/problems/crosscheck/crosscheck.py');
/** packages per Python process: bounds the JSON held at once (some packages have 512×512 cases) */
const BATCH = 6;

const Registry = z.object({
  versions: z.record(z.string(), z.string()),
  adapters: z.record(z.string(), z.object({ function: z.string(), note: z.string().nullable(), explained: z.record(z.string(), z.string()).optional() })),
  notComparable: z.record(z.string(), z.string()),
});
const Outcomes = z.array(z.object({ slug: z.string(), cases: z.array(z.looseObject({ name: z.string(), status: z.string() })) }));

class Skipped extends Error {}

function runPython(args: string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, ['-B', RUNNER, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(new Skipped(`${PYTHON}: ${e.message}`)));
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString().trim();
      if (code === 3) reject(new Skipped(stderr));
      else if (code !== 0) reject(new Error(`crosscheck.py exited ${code}: ${stderr.split('\n').slice(-5).join('\n')}`));
      else resolve(Buffer.concat(out).toString());
    });
    child.stdin.end(input);
  });
}

/** Every package citing a catalog entry that names a library → the names. */
async function packagesNamingALibrary(catalogDir: string): Promise<Map<string, string[]>> {
  const mentions = new Map<string, string[]>();
  for (const file of (await readdir(catalogDir)).filter((f) => /^from-.*\.md$/.test(f))) {
    for (const [id, names] of libraryMentions(await readFile(path.join(catalogDir, file), 'utf8'))) mentions.set(id, names);
  }
  const { problems } = await listProblems();
  const inScope = new Map<string, string[]>();
  for (const p of problems) {
    const names = [...new Set(p.catalog.flatMap((id) => mentions.get(id) ?? []))].sort();
    if (names.length > 0) inScope.set(p.slug, names);
  }
  return inScope;
}

/** The reference on every case, in this process: the batch Python reads. */
async function referenceBatch(slugs: string[]): Promise<{ tolerance: Map<string, (name: string) => Tolerance>; json: string }> {
  const tolerance = new Map<string, (name: string) => Tolerance>();
  const batch = [];
  for (const slug of slugs) {
    const problem = await getProblem(slug);
    const byName = new Map(problem.tests.cases.map((c) => [c.name, { ...problem.tolerance, ...c.tolerance } as Tolerance]));
    tolerance.set(slug, (name) => byName.get(name)!);
    const cases = [];
    for (const c of problem.tests.cases) {
      try {
        cases.push({ name: c.name, args: c.args, reference: structuredClone(await problem.reference(...structuredClone(c.args))) });
      } catch (error) {
        cases.push({ name: c.name, args: c.args, referenceError: error instanceof Error ? error.message : String(error) });
      }
    }
    batch.push({ slug, cases });
  }
  return { tolerance, json: stringifyNonFiniteJson(batch) };
}

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const only = argv.filter((a) => a !== '--verbose');
  const catalogDir = findCatalogDir();
  if (!catalogDir) throw new Skipped('no problem catalog folder (../shared/problem-catalog or PROBLEM_CATALOG_DIR)');
  const registry = Registry.parse(JSON.parse(await runPython(['--registry'], '')));
  const inScope = await packagesNamingALibrary(catalogDir);
  const unknown = only.filter((slug) => !(slug in registry.adapters));
  if (unknown.length > 0) throw new Error(`no adapter for ${unknown.join(', ')} in grader/problems/crosscheck/adapters.py`);
  const slugs = only.length > 0 ? only : Object.keys(registry.adapters).sort();
  const checked: PackageSummary[] = [];
  for (let i = 0; i < slugs.length; i += BATCH) {
    const { tolerance, json } = await referenceBatch(slugs.slice(i, i + BATCH));
    for (const { slug, cases } of Outcomes.parse(parseNonFiniteJson(await runPython([], json)))) {
      const s = summarizePackage(slug, registry.adapters[slug]!, cases as CaseOutcome[], tolerance.get(slug)!);
      checked.push(s);
      const flag = s.disagreements.some((d) => d.explained === undefined) ? '  DISAGREES' : '';
      process.stdout.write(`${slug}: ${s.compared}/${s.cases} cases, max abs ${formatDifference(s.maxAbs)}, max rel ${formatDifference(s.maxRel)}${flag}\n`);
      for (const [reason, n] of Object.entries(s.notComparable)) process.stdout.write(`  ${n} not compared: ${reason}\n`);
      for (const r of s.libraryRejects) process.stdout.write(`  only the library raises: ${r}\n`);
      for (const d of s.disagreements) {
        process.stdout.write(`  ${d.explained === undefined ? 'disagreement' : 'explained'}: “${d.caseName}”: ${d.message}\n`);
        const o = cases.find((c) => c.name === d.caseName);
        if (verbose && o) process.stdout.write(`    reference ${stringifyNonFiniteJson(o.reference).slice(0, 1500)}\n    library   ${stringifyNonFiniteJson(o.library).slice(0, 1500)}\n`);
      }
    }
  }
  if (only.length === 0) {
    const report = { date: new Date().toISOString().slice(0, 10), versions: registry.versions, inScope, checked, notComparable: registry.notComparable };
    await writeFile(path.join(DEFAULT_PROBLEMS_DIR, 'CROSS-CHECKS.md'), crosscheckMarkdown(report));
    process.stdout.write(`problems/CROSS-CHECKS.md: ${checked.length} packages checked, ${inScope.size} cite a catalog entry naming a library\n`);
  }
  return checked.some((s) => s.disagreements.some((d) => d.explained === undefined)) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof Skipped) {
      process.stdout.write(`problems:crosscheck skipped: ${error.message}\n`);
      process.exitCode = 0;
      return;
    }
    process.stderr.write(`problems:crosscheck: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
