/**
 * npm run -s verdicts [-- [--starters] <slug> …] — grades every package's solution, alternatives, mistakes
 * and starter (all tests; only the starters with --starters) through the real grader and prints one JSON
 * line per file: { slug, file, verdict, declared }.
 * `declared` is what the package promises (accepted for solutions and alternatives, the `// expect:` of a
 * mistake, null for a starter). A machine too busy to grade fairly shows as "overloaded".
 * The load test (tests/load) runs it idle and beside CPU-bound processes and compares the two.
 */
import path from 'node:path';
import { GraderOverloadedError, gradeSubmission, listProblemDirs, loadProblem, shutdownSandboxPool } from '../grader/index.ts';

export interface SweptVerdict {
  slug: string;
  file: string;
  verdict: string;
  declared: string | null;
}

const CONCURRENCY = Number(process.env.SWEEP_CONCURRENCY) || 2;

async function sweep(dir: string, startersOnly: boolean): Promise<SweptVerdict[]> {
  const problem = await loadProblem(dir);
  const files: Array<[string, string, string | null]> = [
    ['solution.ts', problem.solutionCode, 'accepted'],
    ...problem.alternatives.map((a): [string, string, string] => [`alternatives/${a.file}`, a.code, 'accepted']),
    ...problem.mistakes.map((m): [string, string, string] => [`mistakes/${m.file}`, m.code, m.expect]),
    ['starter.ts', problem.starterCode, null],
  ].filter(([file]) => !startersOnly || file === 'starter.ts') as Array<[string, string, string | null]>;
  const out: SweptVerdict[] = [];
  for (const [file, code, declared] of files) {
    let verdict: string;
    try {
      verdict = (await gradeSubmission({ problem, code, mode: 'all' })).verdict;
    } catch (error) {
      if (!(error instanceof GraderOverloadedError)) throw error;
      verdict = 'overloaded';
    }
    out.push({ slug: problem.slug, file, verdict, declared });
  }
  return out;
}

async function main(): Promise<void> {
  const startersOnly = process.argv.includes('--starters');
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const dirs = (await listProblemDirs()).filter((d) => only.length === 0 || only.includes(path.basename(d)));
  let next = 0;
  const worker = async () => {
    while (next < dirs.length) {
      for (const v of await sweep(dirs[next++]!, startersOnly)) process.stdout.write(`${JSON.stringify(v)}\n`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, dirs.length) }, worker));
}

main()
  .then(() => shutdownSandboxPool())
  .catch((error: unknown) => {
    shutdownSandboxPool();
    process.stderr.write(`verdict sweep failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
