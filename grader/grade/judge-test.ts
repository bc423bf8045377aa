import type { TestCase, Tolerance } from '../kit.ts';
import { compareValues } from '../compare/compare-values.ts';
import type { ProblemPackage } from '../problems/load-problem.ts';
import { decodePlain } from '../sandbox/plain-codec.ts';
import type { TestOutcome } from '../sandbox/sandbox-protocol.ts';
import type { Verdict } from '../verdicts.ts';
import type { ExpectedValue } from './expected-cache.ts';
import { boundMessage, hiddenTestReport } from './hidden-report.ts';
import type { TestDetails, TestReport } from './report-types.ts';
import { previewValue } from './sample-preview.ts';

const FAILURE_VERDICTS: Record<Exclude<TestOutcome['status'], 'ok'>, Verdict> = {
  threw: 'runtime_error',
  timeout: 'time_limit_exceeded',
  memory: 'memory_limit_exceeded',
  output: 'output_limit_exceeded',
  plain: 'runtime_error',
  mutated: 'wrong_answer',
  missing: 'runtime_error',
  not_run: 'time_limit_exceeded',
  // never a candidate's verdict: gradeSubmission re-queues before it gets here
  overloaded: 'internal_error',
  sandbox: 'internal_error',
};

interface Judged {
  verdict: Verdict;
  /** for sample tests: may quote values and the candidate's own text */
  message?: string;
  /** for hidden tests: grader-written, no values */
  hiddenMessage?: string;
  details?: TestDetails;
}

function caseTolerance(problem: ProblemPackage, testCase: TestCase): Tolerance {
  return { ...problem.tolerance, ...testCase.tolerance } as Tolerance;
}

/** Value comparison and property checks, host-side, on data that is already plain. */
function judgeValue(problem: ProblemPackage, testCase: TestCase, expected: unknown, actual: unknown): Judged {
  const check = testCase.check === undefined ? undefined : problem.tests.checks[testCase.check];
  const tolerance = caseTolerance(problem, testCase);
  const nanEqual = testCase.nanEqual ?? false;
  if (check?.mode !== 'instead') {
    const cmp = compareValues(expected, actual, { tolerance, nanEqual });
    if (!cmp.ok) return { verdict: 'wrong_answer', message: cmp.message, hiddenMessage: cmp.hiddenMessage, details: cmp.details };
  }
  if (check) {
    try {
      const r = check.fn({ args: structuredClone(testCase.args), expected, actual, tolerance, nanEqual });
      if (!r.ok) {
        // a check's message may quote values: hidden tests only name the check and the position
        const at = r.where === undefined ? '' : ` at ${r.where}`;
        return { verdict: 'wrong_answer', message: `check ${testCase.check}: ${r.message}`, hiddenMessage: `check ${testCase.check} failed${at}`, ...(r.where === undefined ? {} : { details: { position: r.where } }) };
      }
    } catch {
      return { verdict: 'wrong_answer', message: `check ${testCase.check} could not evaluate the result` };
    }
  }
  return { verdict: 'accepted' };
}

function judge(problem: ProblemPackage, testCase: TestCase, expected: ExpectedValue, outcome: TestOutcome, actual: unknown): Judged {
  if (outcome.status === 'ok') {
    const m = outcome.mutatedArg;
    if (m !== null) return { verdict: 'wrong_answer', message: `mutated its input \`${problem.params[m] ?? `#${m + 1}`}\`` };
    if (testCase.expectError) return { verdict: 'wrong_answer', message: 'expected the function to throw an error' };
    if (expected.kind === 'error') return { verdict: 'internal_error', message: 'the reference failed on this test' };
    return judgeValue(problem, testCase, expected.value, actual);
  }
  if (outcome.status === 'threw' && testCase.expectError) return { verdict: 'accepted' };
  // the candidate's own words (an exception's text) can carry the inputs: only sample tests show them
  return { verdict: FAILURE_VERDICTS[outcome.status], message: outcome.detail ?? outcome.message, hiddenMessage: outcome.message };
}

/** The result as plain data; an encoding that does not decode is the candidate's runtime error, not the grader's. */
function decodeOutcome(outcome: TestOutcome, expected: ExpectedValue, adapt: (actual: unknown, expected: ExpectedValue) => unknown): { outcome: TestOutcome; actual: unknown } {
  if (outcome.status !== 'ok') return { outcome, actual: undefined };
  try {
    return { outcome, actual: adapt(decodePlain(outcome.result), expected) };
  } catch {
    return { outcome: { status: 'plain', message: 'returned a value that could not be decoded', cpuMs: outcome.cpuMs, wallMs: outcome.wallMs }, actual: undefined };
  }
}

/**
 * Turns one sandbox outcome into the report line the candidate sees: everything on a sample test (values
 * cut to a preview), only what `hiddenTestReport` allows on a hidden one.
 */
export function buildTestReport(
  problem: ProblemPackage,
  testCase: TestCase,
  expected: ExpectedValue,
  sandboxOutcome: TestOutcome,
  /** how a runtime's values map onto the TypeScript contract (Python's True/False where numbers are expected) */
  adaptActual: (actual: unknown, expected: ExpectedValue) => unknown = (actual) => actual,
): TestReport {
  const hidden = testCase.sample !== true;
  const { outcome, actual } = decodeOutcome(sandboxOutcome, expected, adaptActual);
  const judged = judge(problem, testCase, expected, outcome, actual);
  const weight = testCase.weight ?? 1;
  if (hidden) {
    const message = judged.hiddenMessage ?? judged.message;
    return hiddenTestReport({ name: testCase.name, verdict: judged.verdict, cpuMs: outcome.cpuMs, weight, ...(message === undefined ? {} : { message }), ...(judged.details ? { details: judged.details } : {}) });
  }
  const report: TestReport = { name: testCase.name, hidden, verdict: judged.verdict, timeMs: Math.round(outcome.cpuMs * 100) / 100, weight };
  if (judged.message !== undefined) report.message = boundMessage(judged.message);
  if (outcome.console) report.output = outcome.console;
  const shown = {
    input: previewValue(testCase.args),
    expected: previewValue(expected.kind === 'value' ? expected.value : { error: expected.message }),
    ...(outcome.status === 'ok' ? { actual: previewValue(actual) } : {}),
  };
  const truncated: NonNullable<TestDetails['truncated']> = {};
  for (const [key, p] of Object.entries(shown)) if (p.truncatedFrom !== undefined) truncated[key as keyof typeof truncated] = p.truncatedFrom;
  report.details = {
    ...judged.details,
    input: shown.input.value as unknown[],
    expected: shown.expected.value,
    ...(shown.actual ? { actual: shown.actual.value } : {}),
    ...(Object.keys(truncated).length > 0 ? { truncated } : {}),
  };
  return report;
}
