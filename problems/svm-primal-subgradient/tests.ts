import { defineTests, rng } from '../../grader/kit.ts';
import { runSubgradient } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };

/** Two noisy classes; redraws until no iterate has a margin within 1e-7 of 1 (except exact hits). */
function randomCase(seed: number, n: number, d: number, C: number, lr: number, steps: number, overlap: number) {
  const r = rng(seed);
  for (;;) {
    const dir = Array.from({ length: d }, () => r.normal());
    const y = Array.from({ length: n }, () => (r.uniform() < 0.5 ? -1 : 1));
    const X = y.map((label) => dir.map((v) => label * v + r.normal(0, overlap)));
    if (runSubgradient(X, y, C, lr, steps).closest >= 1e-7) return [X, y, C, lr, steps];
  }
}

const X4 = [[2, 1], [1, 2], [-1, -1], [-2, 0]];
const y4 = [1, 1, -1, -1];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X4, y4, 1, 0.05, 3] },
    { name: 'no steps', sample: true, tolerance: TOL, args: [X4, y4, 1, 0.1, 0] },
    { name: 'a margin of exactly 1 is not active', tolerance: TOL, args: [[[1], [-1]], [1, -1], 1, 0.5, 3] },
    { name: 'C = 0 keeps w and b at 0', tolerance: TOL, args: [X4, y4, 0, 0.3, 5] },
    { name: 'the bias moves without shrinkage', tolerance: TOL, args: [[[1], [2], [3], [-1]], [1, 1, 1, -1], 1, 0.05, 6] },
    { name: 'a single class', tolerance: TOL, args: [[[1, 1], [2, 0]], [1, 1], 0.5, 0.1, 4] },
    { name: 'overlapping classes', tolerance: TOL, args: randomCase(5, 30, 2, 1, 0.01, 20, 1.5) },
    { name: 'labels 0 and 1 throw', expectError: true, args: [X4, [1, 1, 0, 0], 1, 0.1, 3] },
    { name: 'a negative number of steps throws', expectError: true, args: [X4, y4, 1, 0.1, -1] },
    { name: 'a zero learning rate throws', expectError: true, args: [X4, y4, 1, 0, 3] },
    { name: 'a negative C throws', expectError: true, args: [X4, y4, -1, 0.1, 3] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1800 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(1810 + i, r.int(5, 40), r.int(1, 4), [0.5, 1, 2, 10, 0.1][i]!, [0.05, 0.01, 0.02, 0.001, 0.1][i]!, r.int(1, 30), [0.5, 1, 2, 0.3, 1][i]!) };
    }),
    { name: 'large: 500 rows, 100 steps', tolerance: TOL, weight: 2, args: randomCase(99, 500, 5, 1, 0.001, 100, 1) },
  ],
});
