import type { TestCase } from '../kit.ts';
import { booleansAsNumbers } from '../python/booleans-as-numbers.ts';
import { pythonRuntime } from '../python/python-runtime.ts';
import { MAX_SOURCE_BYTES, transpileSubmission, type TranspileResult } from '../compile/transpile-submission.ts';
import type { Language } from '../languages.ts';
import type { ProblemPackage } from '../problems/load-problem.ts';
import type { SandboxTest, TestOutcome } from '../sandbox/sandbox-protocol.ts';
import { worstVerdict, type Verdict } from '../verdicts.ts';
import { expectedValue } from './expected-cache.ts';
import { buildTestReport } from './judge-test.ts';
import type { GradeReport, GradeRequest, TestReport } from './report-types.ts';
import { runInSandbox } from './sandbox-run.ts';

/** Wall-clock budget of a submission: generous for honest code, bounded for an infinite loop. */
function wallBudgetMs(timeMs: number, tests: number): number {
  const fromEnv = Number(process.env.GRADER_WALL_MS);
  if (Number.isFinite(fromEnv) && fromEnv > 0) return fromEnv;
  return 3000 + Math.min(timeMs * tests, Math.max(10_000, 3 * timeMs));
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

function uniformReport(cases: Array<{ testCase: TestCase }>, verdict: Verdict, message: string): TestReport[] {
  return cases.map(({ testCase }) => ({
    name: testCase.name,
    hidden: testCase.sample !== true,
    verdict,
    timeMs: 0,
    weight: testCase.weight ?? 1,
    message,
  }));
}

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
 * does; a throw means the grader itself failed.
 */
export async function gradeSubmission(request: GradeRequest): Promise<GradeReport> {
  const t0 = performance.now();
  const { problem, mode } = request;
  const selected = problem.tests.cases
    .map((testCase, index) => ({ testCase, index }))
    .filter(({ testCase }) => mode === 'all' || testCase.sample === true);
  request.onProgress?.({ done: 0, total: selected.length });
  const finish = (tests: TestReport[], extra: Partial<GradeReport> = {}): GradeReport => ({
    verdict: worstVerdict(tests.map((t) => t.verdict)),
    score: scoreOf(tests),
    tests,
    ...extra,
    timing: { totalMs: Math.round(performance.now() - t0) },
  });

  const language = request.language ?? 'typescript';
  const compiled = await prepare(problem, language, request.code);
  if (!compiled.ok) {
    const compileError = { message: compiled.message, line: compiled.line, column: compiled.column };
    return finish(uniformReport(selected, 'compile_error', `compile error: ${compiled.message}`), { compileError });
  }
  // expected values come from the cache (computed once per problem version), alongside the run
  const expectedPromise = Promise.all(selected.map(({ index }) => expectedValue(problem, index)));
  expectedPromise.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  const sandboxTests: SandboxTest[] = selected.map(({ testCase, index }) => ({
    index,
    args: testCase.args,
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
    wallMs: wallBudgetMs(problem.limits.timeMs, sandboxTests.length),
    onTestResult: request.onProgress ? (done) => request.onProgress?.({ done, total: selected.length }) : undefined,
    cpuPriority: request.cpuPriority,
  });
  const expected = await expectedPromise;

  if (run.loadFailure) {
    const f = run.loadFailure;
    const verdict: Verdict =
      f.status === 'compile' ? 'compile_error'
      : f.status === 'timeout' ? 'time_limit_exceeded'
      : f.status === 'memory' ? 'memory_limit_exceeded'
      : f.status === 'sandbox' ? 'internal_error'
      : 'runtime_error';
    const extra = f.status === 'compile' ? { compileError: { message: f.message, ...(f.line ? { line: f.line } : {}), ...(f.column ? { column: f.column } : {}) } } : {};
    return finish(uniformReport(selected, verdict, f.message), extra);
  }
  const tests = selected.map(({ testCase, index }, i) => {
    const outcome: TestOutcome = run.outcomes.get(index) ?? {
      status: 'sandbox',
      message: 'the sandbox returned no result for this test',
      cpuMs: 0,
      wallMs: 0,
    };
    return buildTestReport(problem, testCase, expected[i]!, python ? booleansAsNumbers(outcome, expected[i]!) : outcome);
  });
  return finish(tests);
}
