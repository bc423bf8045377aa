import { defineTests, rng } from '../../grader/kit.ts';
import { solve } from './reference.ts';

const TOL = { rtol: 1e-6, atol: 1e-6 };
const FIT: [number, number] = [100000, 1e-12]; // maxIter, tol passed to the candidate

/** Coefficients that are zero at the optimum must be exactly zero. */
function exactZeros({ expected, actual }: { args: unknown[]; expected: unknown; actual: unknown }) {
  const e = (expected as { coef: number[] }).coef;
  const a = (actual as { coef?: unknown })?.coef;
  if (!Array.isArray(a)) return { ok: false as const, message: 'coef is not an array' };
  for (let j = 0; j < e.length; j++) {
    if (e[j] === 0 && a[j] !== 0) return { ok: false as const, message: `coef[${j}] is ${String(a[j])}; the optimum has exactly 0 there`, where: `coef[${j}]` };
  }
  return { ok: true as const };
}

/** True when the optimum has a clear zero pattern (KKT margin for zeros, magnitude for non-zeros). */
function hasMargin(X: number[][], y: number[], alpha: number, rho: number): boolean {
  const { coef, corr } = solve(X, y, alpha, rho);
  return coef.every((w, j) => (w === 0 ? Math.abs(corr[j]!) <= alpha * rho - 1e-6 || (rho === 0) : Math.abs(w) > 1e-5));
}

/** Sparse ground truth plus noise; redraws alpha until the zero pattern has a margin. */
function randomCase(seed: number, n: number, p: number, rho: number, offset = 0) {
  const r = rng(seed);
  for (;;) {
    const X = r.normalMatrix(n, p).map((row) => row.map((v, j) => offset * (j + 1) + v * (0.5 + j / p)));
    const truth = Array.from({ length: p }, () => (r.uniform() < 0.5 ? 0 : r.uniform(-3, 3)));
    const y = X.map((row) => 1.5 + row.reduce((s, v, j) => s + v * truth[j]!, 0) + r.normal(0, 0.5));
    const xbar = Array.from({ length: p }, (_, j) => X.reduce((s, row) => s + row[j]!, 0) / n);
    const ybar = y.reduce((s, v) => s + v, 0) / n;
    const alphaMax = Math.max(...Array.from({ length: p }, (_, j) => Math.abs(X.reduce((s, row, i) => s + (row[j]! - xbar[j]!) * (y[i]! - ybar), 0)) / n)) / Math.max(rho, 1e-3);
    const alpha = alphaMax * r.uniform(0.02, 0.6);
    if (hasMargin(X, y, alpha, rho)) return [X, y, alpha, rho, ...FIT];
  }
}

const base = [[3, 1], [3, -1], [1, 1], [1, -1]];

export default defineTests({
  checks: { exactZeros: { mode: 'after', fn: exactZeros } },
  cases: [
    { name: 'lasso on two orthogonal features', sample: true, check: 'exactZeros', tolerance: TOL, args: [base, [8, 6, 4, 2], 0.5, 1, 100, 1e-10] },
    { name: 'lasso drops a feature', sample: true, check: 'exactZeros', tolerance: TOL, args: [base, [8, 6, 4, 2], 1.5, 1, 100, 1e-10] },
    { name: 'elastic net, l1Ratio 0.5', sample: true, check: 'exactZeros', tolerance: TOL, args: [base, [8, 6, 4, 2], 1, 0.5, 100, 1e-10] },
    { name: 'alpha above alpha_max: all zeros', check: 'exactZeros', tolerance: TOL, args: [[[1, 2], [2, 1], [3, 5], [4, 3], [5, 4]], [2, 1, 4, 3, 6], 10, 1, ...FIT] },
    { name: 'alpha exactly alpha_max', check: 'exactZeros', tolerance: TOL, args: [base, [8, 6, 4, 2], 2, 1, ...FIT] },
    { name: 'an all-zero column', check: 'exactZeros', tolerance: TOL, args: [[[0, 1, 2], [0, 2, 0], [0, 3, 1], [0, 4, 5], [0, 5, 3]], [1, 3, 2, 6, 5], 0.1, 0.7, ...FIT] },
    { name: 'a constant column', check: 'exactZeros', tolerance: TOL, args: [[[7, 1], [7, 2], [7, 3], [7, 4], [7, 6]], [2, 4, 5, 9, 12], 0.2, 1, ...FIT] },
    { name: 'l1Ratio 0 is ridge: no zeros', check: 'exactZeros', tolerance: TOL, args: randomCase(21, 30, 5, 0) },
    { name: 'pure lasso, sparse truth', check: 'exactZeros', tolerance: TOL, args: randomCase(22, 40, 8, 1) },
    { name: 'correlated features, elastic net', check: 'exactZeros', tolerance: TOL, args: (() => { const r = rng(23); const X = Array.from({ length: 40 }, () => { const a = r.normal(); return [a, a + 0.3 * r.normal(), r.normal()]; }); const y = X.map((row) => 2 * row[0]! + row[1]! - 0.5 * row[2]! + r.normal(0, 0.3)); return [X, y, 0.1, 0.5, ...FIT]; })() },
    { name: 'more features than rows', check: 'exactZeros', tolerance: TOL, args: randomCase(24, 8, 15, 0.5) },
    { name: 'large feature offsets', check: 'exactZeros', tolerance: TOL, args: randomCase(25, 30, 4, 0.8, 100) },
    { name: 'single feature', check: 'exactZeros', tolerance: TOL, args: [[[1], [2], [3], [4], [5], [6]], [1.2, 1.9, 3.2, 3.8, 5.1, 6.3], 0.3, 1, ...FIT] },
    { name: 'negative alpha throws', expectError: true, args: [base, [8, 6, 4, 2], -1, 1, ...FIT] },
    { name: 'l1Ratio above 1 throws', expectError: true, args: [base, [8, 6, 4, 2], 1, 1.5, ...FIT] },
    { name: 'negative l1Ratio throws', expectError: true, args: [base, [8, 6, 4, 2], 1, -0.5, ...FIT] },
    { name: 'rows of different lengths throw', expectError: true, args: [[[3, 1], [3], [1, 1], [1, -1]], [8, 6, 4, 2], 1, 1, ...FIT] },
    { name: 'empty X throws', expectError: true, args: [[], [], 1, 1, ...FIT] },
    { name: 'length mismatch throws', expectError: true, args: [base, [8, 6, 4], 1, 1, ...FIT] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2600 + i);
      return { name: `random ${i + 1}`, check: 'exactZeros', tolerance: TOL, args: randomCase(2700 + i, r.int(15, 60), r.int(2, 10), [1, 0.5, 0.9, 0.2, 1][i]!) };
    }),
    { name: 'large: 300 rows, 30 features', check: 'exactZeros', tolerance: TOL, args: randomCase(9001, 300, 30, 0.7), weight: 2 },
  ],
});
