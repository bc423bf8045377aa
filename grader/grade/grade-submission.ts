import type { TestCase } from '../kit.ts';
import { booleansAsNumbers } from '../python/booleans-as-numbers.ts';
import { pythonRuntime } from '../python/python-runtime.ts';
import { MAX_SOURCE_BYTES, transpileSubmission, type TranspileResult } from '../compile/transpile-submission.ts';
import type { Language } from '../languages.ts';
import type { ProblemPackage } from '../problems/load-problem.ts';
import type { LoadFailure, SandboxTest, TestOutcome } from '../sandbox/sandbox-protocol.ts';
import { worstVerdict, type Verdict } from '../verdicts.ts';
import { encodedArgs } from './encoded-args.ts';
import { expectedValue } from './expected-cache.ts';
import { hiddenTestReport } from './hidden-report.ts';
import { buildTestReport } from './judge-test.ts';
import type { GradeReport, GradeRequest, TestReport } from './report-types.ts';
import { runInSandbox } from './sandbox-run.ts';

/**
 * Thrown when the machine was too busy to finish some test within a sane wall-clock time, even after
 * re-running it: no verdict can be given fairly now. The queue retries the job later; on its last
 * attempt the submission gets internal_error with this reason, never a verdict that blames the candidate.
 */
export class GraderOverloadedError extends Error {
  constructor() {
    super('the grading machine was too busy to finish the tests in time; grading will be retried');
    this.name = 'GraderOverloadedError';
  }
}

/**
 * CPU time all tests of a submission may use together: generous for honest code, bounded for one that
 * spends nearly its whole limit on every test. CPU time, so it does not depend on the machine's load.
 */
function cpuBudgetMs(timeMs: number, tests: number): number {
  return Math.min(timeMs * tests, Math.max(10_000, 3 * timeMs));
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
}

/** Stable per-test seed for the sandbox's Math.random (FNV-1a of the case name). */
function seedFor(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function scoreOf(tests: readonly TestReport[]): number {
  const total = tests.reduce((s, t) => s + t.weight, 0);
  const passed = tests.reduce((s, t) => s + (t.verdict === 'accepted' ? t.weight : 0), 0);
  return total > 0 ? passed / total : 0;
}

/** Every test gets the same verdict (compile error, top-level failure): hidden ones without the candidate's text. */
function uniformReport(cases: Array<{ testCase: TestCase }>, verdict: Verdict, message: string, sampleMessage = message): TestReport[] {
  return cases.map(({ testCase }) => {
    const weight = testCase.weight ?? 1;
    if (testCase.sample !== true) return hiddenTestReport({ name: testCase.name, verdict, cpuMs: 0, weight, message });
    return { name: testCase.name, hidden: false, verdict, timeMs: 0, weight, message: sampleMessage };
  });
}

const LOAD_VERDICTS: Record<Exclude<LoadFailure['status'], 'overloaded'>, Verdict> = {
  compile: 'compile_error',
  timeout: 'time_limit_exceeded',
  memory: 'memory_limit_exceeded',
  threw: 'runtime_error',
  sandbox: 'internal_error',
};

/** TypeScript is transpiled here; Python is compiled inside its sandbox, so here it is only size-checked. */
async function prepare(problem: ProblemPackage, language: Language, code: string): Promise<TranspileResult> {
  if (language === 'typescript') return transpileSubmission(code);
  if (!problem.python) return { ok: false, message: `${problem.slug} has no Python version yet` };
  if (Buffer.byteLength(code, 'utf8') > MAX_SOURCE_BYTES) return { ok: false, message: `the submission is larger than ${MAX_SOURCE_BYTES / 1024} KB` };
  return { ok: true, code };
}

/**
 * Grades a submission against a problem's tests: transpile (TypeScript), run every selected test in a
 * fresh isolate inside a killable child process, or in a runner forked inside the Python sandbox, and
 * compare with the cached reference values in this process. Never throws for anything the candidate
 * does; a throw means the grader itself failed (or, GraderOverloadedError, that the machine was too
 * busy to grade fairly now).
 */
export async function gradeSubmission(request: GradeRequest): Promise<GradeReport> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let sandboxCpuMs = 0;
  const { problem, mode } = request;
  const selected = problem.tests.cases
    .map((testCase, index) => ({ testCase, index }))
    .filter(({ testCase }) => mode === 'all' || testCase.sample === true);
  request.onProgress?.({ done: 0, total: selected.length });
  const finish = (tests: TestReport[], extra: Partial<GradeReport> = {}, candidateMs = 0): GradeReport => ({
    verdict: worstVerdict(tests.map((t) => t.verdict)),
    score: scoreOf(tests),
    tests,
    ...extra,
    timing: { totalMs: Math.round(performance.now() - t0), candidateMs, cpuMs: cpuSince(cpu0) + sandboxCpuMs },
  });

  const language = request.language ?? 'typescript';
  const compiled = await prepare(problem, language, request.code);
  if (!compiled.ok) {
    const compileError = { message: compiled.message, line: compiled.line, column: compiled.column };
    return finish(uniformReport(selected, 'compile_error', 'compile error', `compile error: ${compiled.message}`), { compileError });
  }
  // expected values come from the cache (computed once per problem version), alongside the run
  const expectedPromise = Promise.all(selected.map(({ index }) => expectedValue(problem, index)));
  expectedPromise.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  const sandboxTests: SandboxTest[] = selected.map(({ testCase, index }) => ({
    index,
    args: encodedArgs(problem, index),
    timeMs: problem.limits.timeMs,
    seed: seedFor(testCase.name),
  }));
  const python = language === 'python' ? problem.python : null;
  if (python) {
    const runtime = await pythonRuntime();
    if (!runtime.available) return finish(uniformReport(selected, 'internal_error', `Python is not available on this grading server: ${runtime.reason}`));
  }
  const run = await runInSandbox({
    code: compiled.code,
    entry: python ? python.entry : problem.entry,
    ...(python ? { python: { paramTypes: python.params.map((p) => p.type) } } : {}),
    memoryMb: problem.limits.memoryMb,
    tests: sandboxTests,
    cpuBudgetMs: cpuBudgetMs(problem.limits.timeMs, sandboxTests.length),
    onTestResult: request.onProgress ? (done) => request.onProgress?.({ done, total: selected.length }) : undefined,
    cpuPriority: request.cpuPriority,
  });
  sandboxCpuMs = run.sandboxCpuMs;
  const expected = await expectedPromise;

  if (run.loadFailure) {
    const f = run.loadFailure;
    if (f.status === 'overloaded') throw new GraderOverloadedError();
    const compileError = { message: f.detail ?? f.message, ...(f.line ? { line: f.line } : {}), ...(f.column ? { column: f.column } : {}) };
    const extra = f.status === 'compile' ? { compileError } : {};
    const sampleMessage = f.detail !== undefined && f.status !== 'sandbox' ? `${f.message}: ${f.detail}` : f.message;
    return finish(uniformReport(selected, LOAD_VERDICTS[f.status], f.message, sampleMessage), extra);
  }
  const outcomes = selected.map(({ index }): TestOutcome => run.outcomes.get(index) ?? { status: 'sandbox', message: 'the sandbox returned no result for this test', cpuMs: 0, wallMs: 0 });
  if (outcomes.some((o) => o.status === 'overloaded')) throw new GraderOverloadedError();
  const adapt = python ? booleansAsNumbers : undefined;
  const tests = selected.map(({ testCase }, i) => buildTestReport(problem, testCase, expected[i]!, outcomes[i]!, adapt));
  const candidateMs = outcomes.reduce((s, o) => s + (Number.isFinite(o.cpuMs) ? o.cpuMs : 0), 0);
  return finish(tests, {}, candidateMs);
}
