import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getProblem, gradeSubmission, shutdownSandboxPool, type ProblemPackage } from '../../../grader/index.ts';
import { CUSTOM_TEST_NAME } from '../../../grader/grade/grade-submission.ts';

let softmax: ProblemPackage;
beforeAll(async () => {
  softmax = await getProblem('stable-softmax');
}, 60_000);
afterAll(() => shutdownSandboxPool());

// line 7 of the candidate's own file throws; the transpiled code's lines differ (types erased, IIFE wrapper)
const THROWS_ON_LINE_7 = `type Matrix = number[][];
interface Unused { a: number }

export function softmax(z: Matrix): Matrix {
  const out: Matrix = [];
  for (const row of z) {
    if (row.length > 0) throw new Error('no rows please');
    out.push(row);
  }
  return out;
}
`;

describe('runtime errors point into the candidate’s own code', () => {
  it('gives the line and column of a throw on every sample test, through the source map', async () => {
    const report = await gradeSubmission({ problem: softmax, code: THROWS_ON_LINE_7, mode: 'samples' });
    expect(report.verdict).toBe('runtime_error');
    for (const t of report.tests) expect(t.message).toMatch(/^Error: no rows please \(line 7, column \d+\)$/);
  }, 60_000);

  it('locates a top-level exception too', async () => {
    const code = `const limit: number = 1;\n\nif (limit > 0) throw new Error('at load');\nexport function softmax(z: number[][]) { return z; }\n`;
    const report = await gradeSubmission({ problem: softmax, code, mode: 'samples' });
    expect(report.tests[0]!.message).toMatch(/at load \(line 3, column \d+\)/);
  }, 60_000);

  it('tells a hidden test neither the exception text nor its line', async () => {
    const report = await gradeSubmission({ problem: softmax, code: THROWS_ON_LINE_7, mode: 'all' });
    for (const t of report.tests.filter((t) => t.hidden)) {
      expect(t.message).toBe('the function threw an exception');
    }
  }, 60_000);
});

describe('compile errors and skipped tests', () => {
  it('says a compile error’s location once: in the submission’s error, not again on each test', async () => {
    const report = await gradeSubmission({ problem: softmax, code: 'export function softmax(z: number[][]) {\n  return z +;\n}\n', mode: 'samples' });
    expect(report.verdict).toBe('compile_error');
    expect(report.compileError).toMatchObject({ line: 2 });
    for (const t of report.tests) expect(t.message).toBe('not run: the code does not compile');
  }, 60_000);

  it('marks the tests after two timeouts as not run, with no time of their own', async () => {
    const report = await gradeSubmission({ problem: softmax, code: 'export function softmax(z: number[][]): number[][] { for (;;) {} }', mode: 'all' });
    const notRun = report.tests.filter((t) => t.notRun);
    expect(report.tests.filter((t) => t.verdict === 'time_limit_exceeded' && !t.notRun)).toHaveLength(2);
    expect(notRun.length).toBe(report.tests.length - 2);
    for (const t of notRun) expect(t.timeMs).toBe(0);
  }, 120_000);
});

describe('Run with my input', () => {
  it('grades the candidate and the reference on the given arguments, showing both', async () => {
    const report = await gradeSubmission({ problem: softmax, code: softmax.solutionCode, mode: 'samples', customArgs: [[[1, 2, 3]]] });
    expect(report.verdict).toBe('accepted');
    expect(report.tests).toHaveLength(1);
    const [test] = report.tests;
    expect(test).toMatchObject({ name: CUSTOM_TEST_NAME, hidden: false });
    expect(test!.details?.input).toEqual([[[1, 2, 3]]]);
    expect((test!.details?.expected as number[][])[0]![2]).toBeCloseTo(0.6652409557748219, 12);
    expect(test!.details?.actual).toEqual(test!.details?.expected);
  }, 60_000);

  it('shows where a wrong solution differs from the reference on that input', async () => {
    const wrong = softmax.mistakes.find((m) => m.file === 'column-wise.ts')!;
    const report = await gradeSubmission({ problem: softmax, code: wrong.code, mode: 'samples', customArgs: [[[1, 2], [3, 5]]] });
    expect(report.verdict).toBe('wrong_answer');
    expect(report.tests[0]!.details?.position).toBeDefined();
  }, 60_000);

  it('accepts a throw where the reference throws (an input the statement calls invalid), and says what the reference said', async () => {
    const oneHot = await getProblem('one-hot-encode');
    const ragged = [[[1, 2], [3]], [], false];
    const report = await gradeSubmission({ problem: oneHot, code: oneHot.solutionCode, mode: 'samples', customArgs: ragged });
    expect(report.tests[0]!.details?.expected).toMatchObject({ error: expect.any(String) });
    expect(report.verdict).toBe('accepted');
    const lenient = `export function oneHot(a: number[][], b: number[][], d: boolean) { return { categories: [], train: [], test: [] }; }`;
    const wrong = await gradeSubmission({ problem: oneHot, code: lenient, mode: 'samples', customArgs: ragged });
    expect(wrong.verdict).toBe('wrong_answer');
  }, 60_000);
});
