import { compareValues } from '../../grader/compare/compare-values.ts';
import { defineTests, rng, type CheckContext, type CheckResult } from '../../grader/kit.ts';
import { kernelFn, smo } from './reference.ts';

type Kernel = 'linear' | 'poly' | 'rbf' | 'sigmoid';
type Args = [number[][], number[], number, Kernel, number, number, number, number, number, number[][]];

/**
 * α is not unique when the problem is degenerate, and two runs that stop inside `tol` of the optimum can
 * differ in their last digits; what must agree is what α means: α feasible (0 ≤ α ≤ C, Σ αᵢyᵢ = 0), its
 * dual objective, b and the decision values — each compared with the grader's comparison and the case tolerance.
 */
function dualSolution({ args, expected, actual, tolerance }: CheckContext): CheckResult {
  const [X, y, C, kernel, gamma, coef0, degree] = args as Args;
  const [, bWant, fWant] = expected as [number[], number, number[]];
  if (!Array.isArray(actual) || actual.length !== 3) return { ok: false, message: 'expected [alpha, b, decision]', where: 'output' };
  const [alpha, b, f] = actual as [unknown, unknown, unknown];
  if (!Array.isArray(alpha) || alpha.length !== X.length || !alpha.every((a) => typeof a === 'number')) return { ok: false, message: `alpha must hold ${X.length} numbers`, where: 'alpha' };
  for (const [t, a] of (alpha as number[]).entries()) {
    if (!(a >= -tolerance.atol && a <= C + tolerance.atol + tolerance.rtol * C)) return { ok: false, message: `alpha[${t}] = ${a} is outside [0, C]`, where: `alpha[${t}]` };
  }
  const balance = compareValues(0, (alpha as number[]).reduce((s, a, t) => s + a * y[t]!, 0), { tolerance });
  if (!balance.ok) return { ok: false, message: `Σ alpha_i y_i is not 0: ${balance.message}`, where: 'Σ alpha_i y_i' };
  const k = kernelFn(kernel, gamma, coef0, degree);
  const objective = (a: number[]) => {
    let s = 0;
    for (let p = 0; p < a.length; p++) for (let q = 0; q < a.length; q++) s += 0.5 * a[p]! * a[q]! * y[p]! * y[q]! * k(X[p]!, X[q]!);
    return s - a.reduce((t, v) => t + v, 0);
  };
  const obj = compareValues(objective((expected as [number[]])[0]), objective(alpha as number[]), { tolerance });
  if (!obj.ok) return { ok: false, message: `dual objective: ${obj.message}`, where: 'dual objective' };
  const bCmp = compareValues(bWant, b, { tolerance });
  if (!bCmp.ok) return { ok: false, message: `b: ${bCmp.message}`, where: 'b' };
  const fCmp = compareValues(fWant, f, { tolerance });
  if (!fCmp.ok) return { ok: false, message: `decision: ${fCmp.message}`, where: `decision ${fCmp.details.position ?? ''}`.trim() };
  return { ok: true };
}

/** Two Gaussian blobs `sep` apart (labels −1 then +1, shuffled), test points spread over both. */
function blobs(seed: number, n: number, d: number, sep: number, C: number, kernel: Kernel, gamma = 0.5, coef0 = 1, degree = 2, tol = 1e-10, maxIter = 100000): Args {
  const r = rng(seed);
  const y: number[] = Array.from({ length: n }, (_, i) => (i < n / 2 ? -1 : 1));
  for (let i = n - 1; i > 0; i--) { const j = r.int(0, i); [y[i], y[j]] = [y[j]!, y[i]!]; }
  const X = y.map((label) => Array.from({ length: d }, (_, k) => (k === 0 ? (label * sep) / 2 : 0) + r.normal()));
  const Xtest = Array.from({ length: 6 }, () => Array.from({ length: d }, () => r.uniform(-sep, sep)));
  return [X, y, C, kernel, gamma, coef0, degree, tol, maxIter, Xtest];
}

/** A run cut off after `iters` updates depends on every working-set choice: redraw until none of them is a near-tie. */
function stoppedEarly(seed: number, iters: number): Args {
  for (let s = seed; ; s++) {
    const c = blobs(s, 12, 2, 1, 1, 'rbf', 0.5, 1, 2, 1e-10, iters);
    if (smo(...c).selectionMargin > 1e-6) return c;
  }
}

const X4 = [[0], [1], [3], [4]];
const Y4 = [-1, -1, 1, 1];
const example: Args = [X4, Y4, 10, 'linear', 1, 0, 3, 1e-9, 1000, [[2], [0]]];
const replace = (c: Args, i: number, v: unknown) => c.map((a, j) => (j === i ? v : a)) as Args;

const cases = [
  { name: 'worked example', sample: true, args: example },
  { name: 'an RBF kernel on overlapping blobs', sample: true, args: blobs(14101, 12, 2, 1.5, 1, 'rbf') },
  { name: 'separable data with a large C', args: blobs(14102, 16, 2, 6, 1000, 'linear') },
  { name: 'tiny C: every alpha at the bound', args: blobs(14103, 10, 2, 0.5, 1e-3, 'linear') },
  { name: 'duplicate points with opposite labels', args: (() => { const c = blobs(14104, 10, 2, 2, 1, 'rbf'); const X = c[0].map((row) => [...row]); X[1] = [...X[0]!]; const y = [...c[1]]; y[1] = -y[0]!; return replace(replace(c, 0, X), 1, y); })() },
  { name: 'one point per class', args: [[[1, 2], [3, -1]], [1, -1], 5, 'linear', 1, 0, 3, 1e-10, 1000, [[2, 0.5], [0, 0]]] as Args },
  { name: 'an RBF kernel so narrow that K is the identity', args: blobs(14105, 10, 2, 2, 1, 'rbf', 500) },
  { name: 'a polynomial kernel', args: blobs(14106, 14, 3, 2, 2, 'poly', 0.5, 1, 3) },
  { name: 'a sigmoid kernel', args: blobs(14107, 12, 2, 2, 0.5, 'sigmoid', 0.3, 0.1) },
  { name: 'stopped after five iterations', args: stoppedEarly(14108, 5) },
  { name: 'a loose tolerance', args: blobs(14109, 14, 2, 1.5, 1, 'linear', 1, 0, 3, 0.1) },
  ...Array.from({ length: 5 }, (_, i) => {
    const r = rng(14200 + i);
    const kernel = (['linear', 'rbf', 'poly', 'rbf', 'linear'] as const)[i]!;
    return { name: `random ${i + 1}`, args: blobs(14210 + i, r.int(6, 30), r.int(1, 4), r.uniform(0.5, 3), 10 ** r.uniform(-1, 1.5), kernel, r.uniform(0.2, 1)) };
  }),
  { name: 'large: 300 points, RBF kernel', args: blobs(14300, 300, 3, 1.5, 1, 'rbf', 0.3), weight: 2 },
].map((c) => ({ ...c, check: 'dualSolution' }));

export default defineTests({
  checks: { dualSolution: { mode: 'instead', fn: dualSolution } },
  cases: [
    ...cases,
    { name: 'a label other than ±1 throws', args: replace(example, 1, [-1, 0, 1, 1]), expectError: true },
    { name: 'a single class throws', args: replace(example, 1, [1, 1, 1, 1]), expectError: true },
    { name: 'C = 0 throws', args: replace(example, 2, 0), expectError: true },
    { name: 'test rows of the wrong width throw', args: replace(example, 9, [[2, 1]]), expectError: true },
  ],
});
