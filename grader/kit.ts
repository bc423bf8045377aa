/**
 * The kit problem packages import in their tests.ts: `defineTests`, the seeded `rng`, the shared property
 * checks (`rowsSumTo`, `signInvariant`, `labelPermutation`, `setEqual`, from ./kit/checks.ts) and the types
 * of a test case (see grader/PROBLEM_FORMAT.md, which is the contract).
 */
export { labelPermutation, rowsSumTo, setEqual, signInvariant } from './kit/checks.ts';
export type { LinkedField } from './kit/checks.ts';

/** Plain data as it crosses the sandbox boundary. Non-finite numbers are allowed. */
export type PlainValue =
  | number
  | string
  | boolean
  | null
  | PlainValue[]
  | { [key: string]: PlainValue };

export interface FieldTolerance {
  rtol?: number;
  atol?: number;
  /** compare exactly (integers, strings, booleans) */
  exact?: boolean;
}

export interface Tolerance {
  rtol: number;
  atol: number;
  exact?: boolean;
  /** per top-level field of an object result */
  fields?: Record<string, FieldTolerance>;
}

export interface CheckContext {
  /** a private copy of the case's arguments */
  args: unknown[];
  expected: unknown;
  actual: unknown;
  /** the case's declared tolerance (front matter merged with the case's own): checks compare with it, never a tighter one */
  tolerance: Tolerance;
  /** the case's `nanEqual` */
  nanEqual: boolean;
}

/**
 * A failed check says what failed (`message`, shown on sample tests only) and where (`where`: indices or a
 * field name, never a value), which is all a hidden test shows: "check probabilityRows failed at row 3".
 */
export type CheckResult = { ok: true } | { ok: false; message: string; where?: string };

export interface PropertyCheck {
  /** 'after': the value comparison must pass too; 'instead': replaces the value comparison */
  mode: 'after' | 'instead';
  fn: (ctx: CheckContext) => CheckResult;
}

export interface TestCase {
  /** unique within the problem; shown to the candidate, so it must not reveal hidden data */
  name: string;
  /** the argument list: plain data, non-finite numbers allowed */
  args: unknown[];
  /** shown to the candidate with input, expected, actual and console output; default hidden */
  sample?: boolean;
  /** share of the score, default 1 */
  weight?: number;
  /** overrides the front-matter tolerance for this case */
  tolerance?: Partial<Tolerance>;
  /** NaN in the expected value matches NaN */
  nanEqual?: boolean;
  /** the reference throws here and the candidate must throw too */
  expectError?: boolean;
  /** name of a check declared in defineTests({ checks }) */
  check?: string;
}

export interface TestSuite {
  cases: TestCase[];
  checks: Record<string, PropertyCheck>;
}

export interface TestSuiteInput {
  cases: TestCase[];
  checks?: Record<string, PropertyCheck>;
}

/** Validates the suite eagerly so a broken tests.ts fails at load time, naming the case. */
export function defineTests(input: TestSuiteInput): TestSuite {
  const checks = input.checks ?? {};
  const seen = new Set<string>();
  for (const [i, c] of input.cases.entries()) {
    if (typeof c.name !== 'string' || c.name.length === 0) throw new Error(`case #${i + 1} has no name`);
    if (seen.has(c.name)) throw new Error(`duplicate case name "${c.name}"`);
    seen.add(c.name);
    if (!Array.isArray(c.args)) throw new Error(`case "${c.name}": args must be an array`);
    if (c.weight !== undefined && !(c.weight > 0)) throw new Error(`case "${c.name}": weight must be > 0`);
    if (c.check !== undefined && !(c.check in checks)) {
      throw new Error(`case "${c.name}": unknown check "${c.check}"`);
    }
  }
  return { cases: input.cases, checks };
}

export interface Rng {
  /** uniform in [lo, hi) */
  uniform(lo?: number, hi?: number): number;
  /** normal(mean, std) via Box–Muller */
  normal(mean?: number, std?: number): number;
  /** integer in [lo, hi] inclusive */
  int(lo: number, hi: number): number;
  /** m×n matrix of uniforms in [lo, hi) */
  matrix(m: number, n: number, lo?: number, hi?: number): number[][];
  /** vector of n uniforms in [lo, hi) */
  vector(n: number, lo?: number, hi?: number): number[];
  /** m×n matrix of normals */
  normalMatrix(m: number, n: number, mean?: number, std?: number): number[][];
}

/**
 * Seeded PRNG (mulberry32): the same seed gives the same cases on every machine, so expected values
 * can be cached by problem version.
 */
export function rng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const uniform = (lo = 0, hi = 1): number => lo + (hi - lo) * next();
  const normal = (mean = 0, std = 1): number => {
    const u1 = 1 - next(); // (0, 1], so log is finite
    const u2 = next();
    return mean + std * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const vector = (n: number, lo = 0, hi = 1): number[] => Array.from({ length: n }, () => uniform(lo, hi));
  const matrix = (m: number, n: number, lo = 0, hi = 1): number[][] =>
    Array.from({ length: m }, () => vector(n, lo, hi));
  const normalMatrix = (m: number, n: number, mean = 0, std = 1): number[][] =>
    Array.from({ length: m }, () => Array.from({ length: n }, () => normal(mean, std)));
  return { uniform, normal, int, matrix, vector, normalMatrix };
}
