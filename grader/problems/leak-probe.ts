/**
 * The mechanical proof of the rule "hidden tests tell nothing from their data" for one package: two
 * leaking submissions, built around the package's own solution, write the inputs of every test into every
 * channel they have (exception text of every kind, console, keys and values of the result, the error size,
 * CPU time), and the hidden tests' reports must come back holding none of it.
 */
import { gradeSubmission } from '../grade/grade-submission.ts';
import { expectedValue } from '../grade/expected-cache.ts';
import type { TestReport } from '../grade/report-types.ts';
import type { ProblemPackage } from './load-problem.ts';

const MARK = 'LEAK';

/** The inputs as text, non-finite numbers included, and the first input number (or 0). */
const PRELUDE = `
function __leakText(args: unknown[]): string {
  return "${MARK}" + JSON.stringify(args, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
}
function __firstNumber(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (Array.isArray(v)) { for (const x of v) { const n = __firstNumber(x); if (n !== null) return n; } return null; }
  if (v !== null && typeof v === "object") { for (const x of Object.values(v)) { const n = __firstNumber(x); if (n !== null) return n; } }
  return null;
}
function __channel(text: string, kinds: number): number {
  let h = 7; for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h) % kinds;
}
`;

/** Every test throws the inputs, as a different kind of exception from test to test, after logging them. */
function throwingSubmission(entry: string): string {
  return `${PRELUDE}
export function ${entry}(...args: any[]): any {
  const text = __leakText(args);
  console.log(text);
  console.error(text);
  switch (__channel(text, 6)) {
    case 0: throw new Error(text);
    case 1: throw new RangeError("Invalid array length" + text);
    case 2: throw new RangeError("Array buffer allocation failed" + text);
    case 3: throw text;
    case 4: throw { name: text, message: text };
    default: throw new TypeError("Out of memory" + text);
  }
}`;
}

/**
 * Every test returns the package solution's answer, bent by the first input number: added to its first
 * number (the error size is that input), or 1e6 plus it, or a key named after the inputs, or not at all
 * (so that checks run), after spinning for a time that depends on it.
 */
function bendingSubmission(problem: ProblemPackage): string {
  const solution = problem.solutionCode.replace(new RegExp(`export\\s+function\\s+${problem.entry}\\s*\\(`), 'function __solution(');
  return `${solution}
${PRELUDE}
function __bend(v: any, by: number, done: { yes: boolean }): any {
  if (typeof v === "number" && !done.yes && Number.isFinite(v)) { done.yes = true; return v + by; }
  if (typeof v === "string" && !done.yes) { done.yes = true; return v + String(by); }
  if (Array.isArray(v)) return v.map((x) => __bend(x, by, done));
  if (v !== null && typeof v === "object") { const o: any = {}; for (const k of Object.keys(v)) o[k] = __bend(v[k], by, done); return o; }
  return v;
}
export function ${problem.entry}(...args: any[]): any {
  const text = __leakText(args);
  const x = __firstNumber(args) ?? 0;
  console.log(text);
  const t = Date.now();
  while (Date.now() - t < (Math.abs(x) * 1000) % 20) {} // 0–20 ms: two 10 ms steps of the rounding, at half the CPU of 40
  let result: any;
  try { result = (__solution as any)(...JSON.parse(JSON.stringify(args))); } catch (e) { throw new Error(text); }
  const channel = __channel(text, 4);
  // the answer itself: property checks run after a passing comparison, and must not print values either
  if (channel === 3) return result;
  if (channel === 2 && result !== null && typeof result === "object" && !Array.isArray(result)) return { ...result, [text.slice(0, 200)]: x };
  return __bend(result, channel === 0 ? x || 0.123456789 : 1e6 + x, { yes: false });
}`;
}

function significantDigits(x: number): number {
  const digits = Math.abs(x).toExponential().split('e')[0]!.replace('.', '').replace(/^0+/, '');
  return digits.replace(/0+$/, '').length;
}

/** Numbers of the hidden tests' inputs and expected values that could not appear in a report by chance. */
async function distinctiveHiddenNumbers(problem: ProblemPackage): Promise<Set<number>> {
  const found = new Set<number>();
  const visit = (v: unknown): void => {
    if (typeof v === 'number') {
      if (Number.isFinite(v) && significantDigits(v) >= 3 && !(Number.isInteger(v) && Math.abs(v) < 1000)) found.add(v);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(visit);
  };
  for (const [index, testCase] of problem.tests.cases.entries()) {
    if (testCase.sample) continue;
    visit(testCase.args);
    const expected = await expectedValue(problem, index);
    if (expected.kind === 'value') visit(expected.value);
  }
  return found;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi;

/** What is wrong with one hidden test's report, judged as it would be stored. */
function leaksOf(report: TestReport, distinctive: Set<number>): string[] {
  const problems: string[] = [];
  const where = `hidden test "${report.name}"`;
  if (report.output !== undefined) problems.push(`${where} keeps console output`);
  for (const key of ['input', 'expected', 'actual'] as const) if (report.details?.[key] !== undefined) problems.push(`${where} keeps the ${key} value`);
  if (report.timeMs % 10 !== 0) problems.push(`${where} shows its time to less than 10 ms (${report.timeMs})`);
  for (const key of ['maxAbsError', 'relError'] as const) {
    const x = report.details?.[key];
    if (typeof x === 'number' && Number.isFinite(x) && significantDigits(x) > 1) problems.push(`${where} shows ${key} to more than one significant digit`);
  }
  const text = JSON.stringify({ message: report.message, details: report.details });
  if (text.includes(MARK)) problems.push(`${where} shows text the candidate wrote: ${report.message ?? ''}`);
  for (const token of text.match(NUMBER) ?? []) {
    const x = Number(token);
    if (!Number.isInteger(x) && significantDigits(x) > 1) problems.push(`${where} shows the number ${token} (more than one significant digit)`);
    else if (distinctive.has(x)) problems.push(`${where} shows ${token}, a hidden input or expected value`);
  }
  return problems;
}

/** Failures of the probe (empty when nothing leaked). */
export async function probeHiddenLeaks(problem: ProblemPackage): Promise<string[]> {
  const distinctive = await distinctiveHiddenNumbers(problem);
  const failures: string[] = [];
  for (const [label, code] of [
    ['throwing', throwingSubmission(problem.entry)],
    ['bending', bendingSubmission(problem)],
  ] as const) {
    const report = await gradeSubmission({ problem, code, mode: 'all' });
    const hidden = report.tests.filter((t) => t.hidden);
    if (hidden.length === 0) failures.push(`the ${label} leak probe saw no hidden test`);
    if (report.compileError) failures.push(`the ${label} leak probe does not compile: ${report.compileError.message}`);
    for (const t of hidden) failures.push(...leaksOf(t, distinctive).map((p) => `${label} leak probe: ${p}`));
  }
  return [...new Set(failures)].slice(0, 5);
}
