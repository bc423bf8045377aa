import { defineTests, rng } from '../../grader/kit.ts';
import { linearRegressionGd } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };
type Penalty = 'none' | 'l1' | 'l2';

/**
 * Random regression data. With the L1 penalty the subgradient jumps at w = 0, so redraw while any weight of any
 * iterate after the first lands within 1e-9 of 0 (rounding could then pick the other side).
 */
function randomCase(seed: number, n: number, p: number, lr: number, nIters: number, penalty: Penalty, lambda: number) {
  const r = rng(seed);
  for (;;) {
    const w = Array.from({ length: p }, (_, j) => (j % 3 === 2 ? 0 : r.normal(0, 2)));
    const X = Array.from({ length: n }, () => Array.from({ length: p }, () => r.normal(0, 1)));
    const y = X.map((x) => 0.7 + x.reduce((s, v, j) => s + v * w[j]!, 0) + r.normal(0, 0.3));
    const clear = penalty !== 'l1' || Array.from({ length: nIters }, (_, t) => t + 1).every((t) =>
      linearRegressionGd(X, y, lr, t, penalty, lambda).weights.every((v) => Math.abs(v) > 1e-9));
    if (clear) return [X, y, lr, nIters, penalty, lambda];
  }
}

const X3 = [[1], [2], [3]];
const y3 = [2, 4, 6];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X3, y3, 0.1, 3, 'none', 0] },
    { name: 'ridge penalty', sample: true, tolerance: TOL, args: [X3, y3, 0.1, 3, 'l2', 1] },
    { name: 'lasso penalty starts at w = 0 with subgradient 0', tolerance: TOL, args: [X3, y3, 0.1, 3, 'l1', 1] },
    { name: 'no iterations', tolerance: TOL, args: [X3, y3, 0.1, 0, 'l2', 1] },
    { name: 'lambda 0 with a penalty selected', tolerance: TOL, args: [X3, y3, 0.05, 5, 'l1', 0] },
    { name: 'a constant feature', tolerance: TOL, args: [[[1, 5], [2, 5], [3, 5], [4, 5]], [1, 3, 2, 5], 0.01, 20, 'none', 0] },
    { name: 'a strong lasso penalty keeps a weight near zero', tolerance: TOL, args: randomCase(3, 30, 3, 0.1, 50, 'l1', 20) },
    { name: 'many iterations approach the least-squares fit', tolerance: TOL, args: randomCase(4, 40, 2, 0.1, 1000, 'none', 0) },
    { name: 'an unknown penalty throws', expectError: true, args: [X3, y3, 0.1, 3, 'elasticnet', 1] },
    { name: 'a negative lambda throws', expectError: true, args: [X3, y3, 0.1, 3, 'l2', -1] },
    { name: 'a zero learning rate throws', expectError: true, args: [X3, y3, 0, 3, 'none', 0] },
    { name: 'a target count mismatch throws', expectError: true, args: [X3, [1, 2], 0.1, 3, 'none', 0] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3400 + i);
      const penalty = (['none', 'l2', 'l1', 'l2', 'l1'] as const)[i]!;
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(3410 + i, r.int(5, 40), r.int(1, 5), [0.05, 0.1, 0.01, 0.2, 0.05][i]!, r.int(1, 200), penalty, [0, 0.5, 2, 5, 0.1][i]!) };
    }),
    { name: 'large: 500 rows, 8 features, 300 steps', tolerance: TOL, weight: 2, args: randomCase(99, 500, 8, 0.05, 300, 'l2', 1) },
  ],
});
