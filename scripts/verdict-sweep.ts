/**
 * npm run -s verdicts [-- [--starters] <slug> …] — grades every package's solution, alternatives, mistakes
 * and starter (all tests; only the starters with --starters) through the real grader, in TypeScript and, where
 * this machine has the Python runtime, in Python, and prints one JSON line per file: { slug, file, verdict,
 * declared }.
 * `declared` is what the package promises (accepted for solutions and alternatives, the `// expect:` of a
 * mistake, null for a starter). A machine too busy to grade fairly shows as "overloaded".
 * The load test (tests/load) runs it idle and beside CPU-bound processes and compares the two.
 */
import path from 'node:path';
import { GraderOverloadedError, gradeSubmission, listProblemDirs, loadProblem, shutdownSandboxPool, type Language, type ProblemPackage } from '../grader/index.ts';
import { pythonRuntime } from '../grader/python/python-runtime.ts';

export interface SweptVerdict {
  slug: string;
  file: string;
  verdict: string;
  declared: string | null;
}

const CONCURRENCY = Number(process.env.SWEEP_CONCURRENCY) || 2;

/** A file to grade, and what its package declares for it (null for a starter). */
type Candidate = { file: string; code: string; declared: string | null; language: Language };

function candidates(problem: ProblemPackage, python: boolean): Candidate[] {
  const ts: Candidate[] = [
    { file: 'solution.ts', code: problem.solutionCode, declared: 'accepted', language: 'typescript' },
    ...problem.alternatives.map((a): Candidate => ({ file: `alternatives/${a.file}`, code: a.code, declared: 'accepted', language: 'typescript' })),
    ...problem.mistakes.map((m): Candidate => ({ file: `mistakes/${m.file}`, code: m.code, declared: m.expect, language: 'typescript' })),
    { file: 'starter.ts', code: problem.starterCode, declared: null, language: 'typescript' },
  ];
  const py = python ? problem.python : null;
  if (!py) return ts;
  return [
    ...ts,
    { file: 'solution.py', code: py.solutionCode, declared: 'accepted', language: 'python' },
    ...py.mistakes.map((m): Candidate => ({ file: `mistakes/${m.file}`, code: m.code, declared: m.expect, language: 'python' })),
    { file: 'starter.py', code: py.starterCode, declared: null, language: 'python' },
  ];
}

async function sweep(dir: string, startersOnly: boolean, python: boolean): Promise<SweptVerdict[]> {
  const problem = await loadProblem(dir);
  const out: SweptVerdict[] = [];
  for (const { file, code, declared, language } of candidates(problem, python)) {
    if (startersOnly && declared !== null) continue;
    let verdict: string;
    try {
      verdict = (await gradeSubmission({ problem, code, language, mode: 'all' })).verdict;
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
  // Python too where this machine has the runtime; SWEEP_LANGUAGES=typescript leaves it out
  const python = process.env.SWEEP_LANGUAGES !== 'typescript' && (await pythonRuntime()).available;
  const dirs = (await listProblemDirs()).filter((d) => only.length === 0 || only.includes(path.basename(d)));
  let next = 0;
  const worker = async () => {
    while (next < dirs.length) {
      for (const v of await sweep(dirs[next++]!, startersOnly, python)) process.stdout.write(`${JSON.stringify(v)}\n`);
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
