import type { TestCase, Tolerance } from '../kit.ts';
import { compareValues } from '../compare/compare-values.ts';
import { inputsEqual } from '../compare/inputs-equal.ts';
import type { ProblemPackage } from '../problems/load-problem.ts';
import type { TestOutcome } from '../sandbox/sandbox-protocol.ts';
import type { Verdict } from '../verdicts.ts';
import type { ExpectedValue } from './expected-cache.ts';
import type { TestDetails, TestReport } from './report-types.ts';

const FAILURE_VERDICTS: Record<Exclude<TestOutcome['status'], 'ok'>, Verdict> = {
  threw: 'runtime_error',
  timeout: 'time_limit_exceeded',
  memory: 'memory_limit_exceeded',
  output: 'output_limit_exceeded',
  plain: 'runtime_error',
  mutated: 'wrong_answer',
  missing: 'runtime_error',
  not_run: 'time_limit_exceeded',
  sandbox: 'internal_error',
};

interface Judged {
  verdict: Verdict;
  message?: string;
  details?: TestDetails;
}

function caseTolerance(problem: ProblemPackage, testCase: TestCase): Tolerance {
  return { ...problem.tolerance, ...testCase.tolerance } as Tolerance;
}

/** Value comparison and property checks, host-side, on data that is already plain. */
function judgeValue(problem: ProblemPackage, testCase: TestCase, expected: unknown, actual: unknown, hidden: boolean): Judged {
  const check = testCase.check === undefined ? undefined : problem.tests.checks[testCase.check];
  const tolerance = caseTolerance(problem, testCase);
  const nanEqual = testCase.nanEqual ?? false;
  if (check?.mode !== 'instead') {
    const cmp = compareValues(expected, actual, { tolerance, nanEqual });
    if (!cmp.ok) return { verdict: 'wrong_answer', message: hidden ? cmp.hiddenMessage : cmp.message, details: cmp.details };
  }
  if (check) {
    try {
      const r = check.fn({ args: structuredClone(testCase.args), expected, actual, tolerance, nanEqual });
      if (!r.ok) {
        // a check's message may quote values: hidden tests only name the check and the position
        const at = r.where === undefined ? '' : ` at ${r.where}`;
        const message = hidden ? `check ${testCase.check} failed${at}` : `check ${testCase.check}: ${r.message}`;
        return { verdict: 'wrong_answer', message, ...(r.where === undefined ? {} : { details: { position: r.where } }) };
      }
    } catch {
      return { verdict: 'wrong_answer', message: `check ${testCase.check} could not evaluate the result` };
    }
  }
  return { verdict: 'accepted' };
}

function judge(problem: ProblemPackage, testCase: TestCase, expected: ExpectedValue, outcome: TestOutcome, hidden: boolean): Judged {
  if (outcome.status === 'ok') {
    const mutated = testCase.args.findIndex((arg, i) => !inputsEqual(arg, outcome.argsAfter[i]));
    if (mutated >= 0) return { verdict: 'wrong_answer', message: `mutated its input \`${problem.params[mutated] ?? `#${mutated + 1}`}\`` };
    if (testCase.expectError) return { verdict: 'wrong_answer', message: 'expected the function to throw an error' };
    if (expected.kind === 'error') return { verdict: 'internal_error', message: 'the reference failed on this test' };
    return judgeValue(problem, testCase, expected.value, outcome.result, hidden);
  }
  if (outcome.status === 'threw' && testCase.expectError) return { verdict: 'accepted' };
  const verdict = FAILURE_VERDICTS[outcome.status];
  // the text of a candidate's exception can carry the inputs: hidden tests only say that it threw
  if (outcome.status === 'threw') return { verdict, message: hidden ? 'the function threw an exception' : (outcome.detail ?? outcome.message) };
  return { verdict, message: hidden || outcome.detail === undefined ? outcome.message : outcome.detail };
}

/** Turns one sandbox outcome into the report line the candidate sees. */
export function buildTestReport(problem: ProblemPackage, testCase: TestCase, expected: ExpectedValue, outcome: TestOutcome): TestReport {
  const hidden = testCase.sample !== true;
  const judged = judge(problem, testCase, expected, outcome, hidden);
  const report: TestReport = {
    name: testCase.name,
    hidden,
    verdict: judged.verdict,
    timeMs: Math.round(outcome.cpuMs * 100) / 100,
    weight: testCase.weight ?? 1,
  };
  if (judged.message !== undefined) report.message = judged.message;
  if (hidden) {
    // shapes, error sizes and position only: never inputs, expected values or candidate output
    const d = judged.details;
    if (d) {
      const safe: TestDetails = {};
      if (d.expectedShape !== undefined) safe.expectedShape = d.expectedShape;
      if (d.actualShape !== undefined) safe.actualShape = d.actualShape;
      if (d.maxAbsError !== undefined) safe.maxAbsError = d.maxAbsError;
      if (d.relError !== undefined) safe.relError = d.relError;
      if (d.position !== undefined) safe.position = d.position;
      report.details = safe;
    }
    return report;
  }
  if (outcome.console) report.output = outcome.console;
  report.details = {
    ...judged.details,
    input: testCase.args,
    expected: expected.kind === 'value' ? expected.value : { error: expected.message },
    ...(outcome.status === 'ok' ? { actual: outcome.result } : {}),
  };
  return report;
}
