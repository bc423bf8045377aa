/**
 * npm run bench:grader — sandbox overhead, per-problem grade time, in-isolate vs direct-in-Node
 * ratio for the same solution on the same inputs, the same two figures for Python (what a Python
 * submission adds over a TypeScript one; in-sandbox vs direct CPython), and throughput at 1 and N
 * concurrent gradings. Figures vary by machine; the ratios are what the performance targets are about.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ivm from 'isolated-vm';
import { PYTHON } from '../grader/python/bwrap-command.ts';
import { encodePythonArgs } from '../grader/python/python-args.ts';
import { describePythonRuntime, pythonRuntime } from '../grader/python/python-runtime.ts';
import { PythonSandbox } from '../grader/python/python-sandbox.ts';
import { transpileSubmission } from '../grader/compile/transpile-submission.ts';
import { ISOLATE_PRELUDE } from '../grader/sandbox/isolate-prelude.ts';
import { encodePlain } from '../grader/sandbox/plain-codec.ts';
import { getProblem, gradeSubmission, shutdownSandboxPool, type ProblemPackage } from '../grader/index.ts';
import { firstCallRatio, gradingOverhead, OVERHEAD_SLUGS } from './overhead-figures.ts';

const SLUGS = ['stable-softmax', 'scaled-dot-product-attention', 'kmeans-lloyd'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number, d = 1) => x.toFixed(d);

function benchBareIsolate(n: number): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const iso = new ivm.Isolate({ memoryLimit: 128 });
    iso.createContextSync();
    iso.dispose();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Sandbox lifecycle of one submission without its tests: isolate, prelude, candidate load, dispose. */
async function benchSubmissionOverhead(problem: ProblemPackage, n: number): Promise<number> {
  const compiled = await transpileSubmission(problem.solutionCode);
  if (!compiled.ok) throw new Error(compiled.message);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const iso = new ivm.Isolate({ memoryLimit: 128 });
    const ctx = iso.createContextSync();
    ctx.evalSync(ISOLATE_PRELUDE, { reference: true });
    iso.compileScriptSync(compiled.code).runSync(ctx, { timeout: 1000 });
    iso.dispose();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Median ms of one call of the compiled solution on the largest case, in an isolate and directly. */
async function benchRatio(problem: ProblemPackage, reps: number): Promise<{ isolateMs: number; directMs: number }> {
  const compiled = await transpileSubmission(problem.solutionCode);
  if (!compiled.ok) throw new Error(compiled.message);
  const testCase = problem.tests.cases.at(-1)!;
  const direct = new Function(`${compiled.code}; return __candidate;`)() as Record<string, (...a: unknown[]) => unknown>;
  const directFn = direct[problem.entry]!;

  const iso = new ivm.Isolate({ memoryLimit: 512 });
  const ctx = iso.createContextSync();
  iso.compileScriptSync(compiled.code).runSync(ctx, {});
  await ctx.global.set('__args', new ivm.ExternalCopy(testCase.args).copyInto());
  const once = ctx.evalSync(`(function () { __candidate[${JSON.stringify(problem.entry)}].apply(undefined, __args); })`, { reference: true }) as ivm.Reference<() => void>;

  const isoTimes: number[] = [];
  const directTimes: number[] = [];
  for (let i = 0; i < reps + 3; i++) {
    // alternate, so that machine noise hits both sides alike; the first 3 are warm-up
    let t = performance.now();
    once.applySync(undefined, []);
    if (i >= 3) isoTimes.push(performance.now() - t);
    const args = structuredClone(testCase.args);
    t = performance.now();
    directFn(...args);
    if (i >= 3) directTimes.push(performance.now() - t);
  }
  iso.dispose();
  return { isolateMs: median(isoTimes), directMs: median(directTimes) };
}

async function benchGrade(problem: ProblemPackage, n: number): Promise<number> {
  await gradeSubmission({ problem, code: problem.solutionCode, mode: 'all' }); // warm: child, caches
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = await gradeSubmission({ problem, code: problem.solutionCode, mode: 'all' });
    if (r.verdict !== 'accepted') throw new Error(`${problem.slug}: solution got ${r.verdict}`);
    times.push(r.timing.totalMs);
  }
  return median(times);
}

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU ms used so far by this process and every process below it (sandboxes, and the runners they reaped). */
function treeCpuMs(): number {
  const stats = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((pid) => {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return [{ pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) }];
      } catch {
        return []; // gone meanwhile
      }
    });
  const below = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats) if (!below.has(s.pid) && below.has(s.ppid)) grew = below.add(s.pid).size > 0;
  }
  const { user, system } = process.cpuUsage();
  const children = stats.filter((s) => s.pid !== process.pid && below.has(s.pid)).reduce((sum, s) => sum + s.ticks, 0);
  return (user + system) / 1000 + (children * 1000) / CLOCK_TICKS_PER_SECOND;
}

/**
 * What grading costs beyond the candidate's own time, warm, in wall time (median of n) and in CPU time over
 * all n (the grading process and its sandboxes; a measure that machine load does not inflate).
 */
async function benchSubmissionCost(problem: ProblemPackage, language: 'typescript' | 'python', mode: 'samples' | 'all', n: number): Promise<{ wallMs: number; cpuMs: number }> {
  const code = language === 'python' ? problem.python!.solutionCode : problem.solutionCode;
  await gradeSubmission({ problem, code, language, mode }); // warm
  const costs: number[] = [];
  let own = 0;
  const cpu0 = treeCpuMs();
  for (let i = 0; i < n; i++) {
    const r = await gradeSubmission({ problem, code, language, mode });
    if (r.verdict !== 'accepted') throw new Error(`${problem.slug} (${language}): solution got ${r.verdict}`);
    const tests = r.tests.reduce((s, t) => s + t.timeMs, 0);
    own += tests;
    costs.push(r.timing.totalMs - tests);
  }
  return { wallMs: median(costs), cpuMs: (treeCpuMs() - cpu0 - own) / n };
}

/** Median ms of one call of solution.py on the largest case, in a warm sandbox runner and directly in CPython. */
async function benchPythonRatio(problem: ProblemPackage, reps: number): Promise<{ sandboxMs: number; directMs: number }> {
  const py = problem.python!;
  const testCase = problem.tests.cases.at(-1)!;
  const sandbox = new PythonSandbox();
  const times: number[] = [];
  try {
    await sandbox.run(
      {
        code: py.solutionCode, entry: py.entry, paramTypes: py.params.map((p) => p.type), memoryMb: problem.limits.memoryMb,
        topLevelMs: 1000, maxLeaves: 4_000_000, maxChars: 1_000_000, maxTimeouts: 1, cpuBudgetMs: (reps + 3) * problem.limits.timeMs,
        tests: Array.from({ length: reps + 3 }, (_, index) => ({ index, args: encodePlain(testCase.args), timeMs: problem.limits.timeMs, seed: 1 })),
      },
      { wallMs: 120_000 },
      { onTestStart: () => undefined, onLoadFailed: (f) => { throw new Error(f.message); }, onTestResult: (index, o) => { if (index >= 3) times.push(o.cpuMs); } },
    );
  } finally {
    sandbox.kill();
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-python-'));
  try {
    const args = encodePythonArgs(testCase.args, py.params.map((p) => p.type));
    const head = Buffer.from(JSON.stringify({ args: args.skeleton }));
    const sizes = Buffer.alloc(8);
    sizes.writeUInt32LE(head.length, 0);
    sizes.writeUInt32LE(args.numbers.byteLength, 4);
    await writeFile(path.join(dir, 'message'), Buffer.concat([sizes, head, Buffer.from(args.numbers.buffer, 0, args.numbers.byteLength)]));
    await writeFile(path.join(dir, 'solution.py'), py.solutionCode);
    const script = path.join(import.meta.dirname, 'bench-python-direct.py');
    // the same single-threaded BLAS as inside the sandbox
    const env = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
    const { stdout } = await promisify(execFile)(PYTHON, ['-I', '-B', script, path.join(dir, 'solution.py'), py.entry, path.join(dir, 'message'), String(reps + 3)], { env, maxBuffer: 1 << 20 });
    const direct = (JSON.parse(stdout) as number[]).slice(3);
    return { sandboxMs: median(times), directMs: median(direct) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchThroughput(problem: ProblemPackage, total: number, concurrency: number): Promise<number> {
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) await gradeSubmission({ problem, code: problem.solutionCode, mode: 'samples' });
    }),
  );
  return total / ((performance.now() - t) / 1000);
}

async function main(): Promise<void> {
  const rows: string[][] = [['measure', 'value']];
  rows.push(['bare isolate create+dispose (median of 30)', `${fmt(benchBareIsolate(30), 2)} ms`]);
  const problems = await Promise.all(SLUGS.map((s) => getProblem(s)));
  rows.push(['isolate + prelude + candidate load + dispose (median of 30)', `${fmt(await benchSubmissionOverhead(problems[0]!, 30), 2)} ms`]);
  for (const p of problems) rows.push([`grade ${p.slug}, all tests, warm (median of 5)`, `${fmt(await benchGrade(p, 5))} ms`]);
  for (const p of problems) {
    const r = await benchRatio(p, 15);
    rows.push([`${p.slug} "${p.tests.cases.at(-1)!.name}": isolate / direct`, `${fmt(r.isolateMs, 2)} / ${fmt(r.directMs, 2)} ms = ${fmt(r.isolateMs / r.directMs, 2)}×`]);
  }
  for (const slug of OVERHEAD_SLUGS) {
    const p = await getProblem(slug);
    const first = await firstCallRatio(p);
    rows.push([`${slug} "${first.caseName}": reported time / first call directly in Node (CPU, target ≤ 1.5)`, `${fmt(first.sandboxMs, 2)} / ${fmt(first.directMs, 2)} ms = ${fmt(first.ratio, 2)}×`]);
    const submit = await gradingOverhead(p);
    rows.push([`${slug} Submit: grading CPU / (1.3 × tests' time + 30 ms)`, `${fmt(submit.gradingCpuMs)} / ${fmt(submit.allowedMs)} ms = ${fmt(submit.gradingCpuMs / submit.allowedMs, 2)}×`]);
  }
  const python = await pythonRuntime();
  if (python.available) {
    for (const mode of ['samples', 'all'] as const) {
      for (const p of problems) {
        const ts = await benchSubmissionCost(p, 'typescript', mode, 15);
        const py = await benchSubmissionCost(p, 'python', mode, 15);
        rows.push([`${p.slug}, ${mode}: wall time beyond the tests' own, TypeScript / Python (median of 15)`, `${fmt(ts.wallMs)} / ${fmt(py.wallMs)} ms: Python adds ${fmt(py.wallMs - ts.wallMs)} ms`]);
        rows.push([`${p.slug}, ${mode}: CPU time beyond the tests' own, TypeScript / Python (mean of 15)`, `${fmt(ts.cpuMs)} / ${fmt(py.cpuMs)} ms: Python adds ${fmt(py.cpuMs - ts.cpuMs)} ms`]);
      }
    }
    for (const p of problems) {
      const r = await benchPythonRatio(p, 15);
      rows.push([`${p.slug} "${p.tests.cases.at(-1)!.name}": Python sandbox / direct`, `${fmt(r.sandboxMs, 2)} / ${fmt(r.directMs, 2)} ms = ${fmt(r.sandboxMs / r.directMs, 2)}×`]);
    }
  } else rows.push(['Python', describePythonRuntime(python)]);
  const n = Math.max(2, Number(process.env.GRADER_SANDBOX_PROCESSES) || 2);
  const softmax = problems[0]!;
  rows.push(['throughput, samples-mode stable-softmax, 1 at a time', `${fmt(await benchThroughput(softmax, 20, 1))} submissions/s`]);
  rows.push([`throughput, ${n} concurrent`, `${fmt(await benchThroughput(softmax, 20, n))} submissions/s`]);
  const width = Math.max(...rows.map((r) => r[0]!.length));
  for (const [i, [k, v]] of rows.entries()) {
    process.stdout.write(`${k!.padEnd(width)}  ${v}\n`);
    if (i === 0) process.stdout.write(`${'-'.repeat(width)}  ${'-'.repeat(24)}\n`);
  }
}

main()
  .then(() => shutdownSandboxPool())
  .catch((error: unknown) => {
    shutdownSandboxPool();
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
