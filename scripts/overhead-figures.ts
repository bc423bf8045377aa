/**
 * The sandbox-overhead figures of the performance targets, shared by `npm run bench:grader` and the
 * overhead test (tests/load/overhead.test.ts). Both are CPU-time ratios, so machine load does not
 * move them much; each is a median of several runs.
 *
 *   firstCallRatio   the candidate time the grader reports for a package's largest case, first call in
 *                    a fresh isolate, over the CPU time of the same first call directly in a fresh Node
 *                    process (target ≤ 1.5)
 *   gradingOverhead  a Submit of the solution: the CPU time grading takes (this process and the sandbox)
 *                    against 1.3 × the tests' candidate time + 30 ms (target: within it)
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { transpileSubmission } from '../grader/compile/transpile-submission.ts';
import { encodedArgs } from '../grader/grade/encoded-args.ts';
import { runInSandbox } from '../grader/grade/sandbox-run.ts';
import { gradeSubmission, type ProblemPackage } from '../grader/index.ts';
import { REPO_ROOT } from '../grader/paths.ts';

const run = promisify(execFile);
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The case with the most input numbers (the package's large test). */
export function largestCase(problem: ProblemPackage): number {
  const leaves = (v: unknown): number => (Array.isArray(v) ? v.reduce((s: number, x) => s + leaves(x), 0) : v !== null && typeof v === 'object' ? Object.values(v).reduce((s: number, x) => s + leaves(x), 0) : 1);
  let best = 0;
  problem.tests.cases.forEach((c, i) => {
    if (leaves(c.args) > leaves(problem.tests.cases[best]!.args)) best = i;
  });
  return best;
}

async function directFirstCallMs(problem: ProblemPackage, index: number): Promise<number> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/direct-first-call.ts', problem.slug, String(index)], { cwd: REPO_ROOT, timeout: 120_000 });
  return Number(stdout.trim());
}

async function sandboxFirstCallMs(problem: ProblemPackage, index: number, code: string): Promise<number> {
  const testCase = problem.tests.cases[index]!;
  const result = await runInSandbox({
    code,
    entry: problem.entry,
    memoryMb: problem.limits.memoryMb,
    tests: [{ index, args: encodedArgs(problem, index), timeMs: problem.limits.timeMs, seed: 1 }],
    cpuBudgetMs: problem.limits.timeMs,
  });
  const outcome = result.outcomes.get(index);
  if (outcome?.status !== 'ok') throw new Error(`${problem.slug} "${testCase.name}": the solution did not finish in the sandbox (${outcome?.status ?? result.loadFailure?.status})`);
  return outcome.cpuMs;
}

export interface FirstCallRatio {
  caseName: string;
  sandboxMs: number;
  directMs: number;
  ratio: number;
}

/** Medians of `reps` first calls each side, alternating so that noise hits both alike. */
export async function firstCallRatio(problem: ProblemPackage, reps = 5): Promise<FirstCallRatio> {
  const index = largestCase(problem);
  const compiled = await transpileSubmission(problem.solutionCode);
  if (!compiled.ok) throw new Error(compiled.message);
  const sandbox: number[] = [];
  const direct: number[] = [];
  for (let i = 0; i < reps; i++) {
    sandbox.push(await sandboxFirstCallMs(problem, index, compiled.code));
    direct.push(await directFirstCallMs(problem, index));
  }
  const sandboxMs = median(sandbox);
  const directMs = median(direct);
  return { caseName: problem.tests.cases[index]!.name, sandboxMs, directMs, ratio: sandboxMs / directMs };
}

export interface GradingOverhead {
  /** CPU time of grading (this process and the sandbox) */
  gradingCpuMs: number;
  /** the tests' candidate time, summed */
  candidateMs: number;
  /** 1.3 × candidateMs + 30 */
  allowedMs: number;
  /** wall clock of the whole grading */
  totalMs: number;
}

/** A warm Submit of the solution, median of `reps` by grading CPU time. */
export async function gradingOverhead(problem: ProblemPackage, reps = 5): Promise<GradingOverhead> {
  await gradeSubmission({ problem, code: problem.solutionCode, mode: 'all' }); // warm: sandbox child, caches
  const runs: GradingOverhead[] = [];
  for (let i = 0; i < reps; i++) {
    const r = await gradeSubmission({ problem, code: problem.solutionCode, mode: 'all' });
    if (r.verdict !== 'accepted') throw new Error(`${problem.slug}: solution got ${r.verdict}`);
    const candidateMs = r.timing.candidateMs ?? 0;
    runs.push({ gradingCpuMs: r.timing.cpuMs ?? Number.NaN, candidateMs, allowedMs: 1.3 * candidateMs + 30, totalMs: r.timing.totalMs });
  }
  const byCpu = [...runs].sort((a, b) => a.gradingCpuMs - a.allowedMs - (b.gradingCpuMs - b.allowedMs));
  return byCpu[Math.floor(byCpu.length / 2)]!;
}

export const OVERHEAD_SLUGS = ['stable-softmax', 'roc-auc', 'logistic-regression-gd'];
