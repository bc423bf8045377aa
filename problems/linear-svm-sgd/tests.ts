import { defineTests, rng } from '../../grader/kit.ts';
import { runLinearSvm } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-12, fields: { pred: { exact: true } } };

/** Two noisy classes (labels 0/1 or −1/+1); redraws until no update meets a margin within 1e-7 of 1. */
function randomCase(seed: number, n: number, d: number, lr: number, lambda: number, nIters: number, zeroOne: boolean) {
  const r = rng(seed);
  for (;;) {
    const dir = Array.from({ length: d }, () => r.normal());
    const s = Array.from({ length: n }, () => (r.uniform() < 0.5 ? -1 : 1));
    const X = s.map((label) => dir.map((v) => label * v + r.normal(0, 1)));
    const y = s.map((v) => (zeroOne ? (v + 1) / 2 : v));
    const Xtest: number[][] = [];
    while (Xtest.length < 8) Xtest.push(Array.from({ length: d }, () => r.uniform(-3, 3)));
    const run = runLinearSvm(X, y, lr, lambda, nIters, Xtest);
    if (run.closest >= 1e-7 && run.decision.every((f) => Math.abs(f) >= 1e-9)) return [X, y, lr, lambda, nIters, Xtest];
  }
}

const X4 = [[1, 2], [2, 3], [-1, -1], [-2, -1]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X4, [1, 1, -1, -1], 0.1, 0.01, 1, [[0, 0], [1, 1], [-1, -2]]] },
    { name: 'labels given as 0 and 1', sample: true, tolerance: TOL, args: [X4, [1, 1, 0, 0], 0.1, 0.01, 1, [[0, 0], [1, 1], [-1, -2]]] },
    { name: 'no epochs: every prediction is 0', tolerance: TOL, args: [X4, [1, 1, -1, -1], 0.1, 0.01, 0, [[1, 1], [-3, 2]]] },
    { name: 'a margin of exactly 1 takes the shrink-only branch', tolerance: TOL, args: [[[1], [-1]], [1, -1], 0.5, 0, 3, [[0.25], [-2]]] },
    { name: 'the bias enters as w·x − b', tolerance: TOL, args: [[[0], [0], [1]], [1, 1, -1], 0.2, 0.05, 4, [[0], [0.5]]] },
    { name: 'several epochs on separable data', tolerance: TOL, args: randomCase(5, 20, 2, 0.01, 0.01, 15, false) },
    { name: 'an empty test set', tolerance: TOL, args: [X4, [1, 1, -1, -1], 0.1, 0.01, 2, []] },
    { name: 'a negative lambda throws', expectError: true, args: [X4, [1, 1, -1, -1], 0.1, -0.01, 1, [[0, 0]]] },
    { name: 'a zero learning rate throws', expectError: true, args: [X4, [1, 1, -1, -1], 0, 0.01, 1, [[0, 0]]] },
    { name: 'a label count mismatch throws', expectError: true, args: [X4, [1, -1], 0.1, 0.01, 1, [[0, 0]]] },
    { name: 'test rows of another width throw', expectError: true, args: [X4, [1, 1, -1, -1], 0.1, 0.01, 1, [[0, 0, 0]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1900 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(1910 + i, r.int(5, 40), r.int(1, 4), [0.01, 0.05, 0.001, 0.1, 0.02][i]!, [0.01, 0.1, 0, 0.001, 0.05][i]!, r.int(1, 20), i % 2 === 1) };
    }),
    { name: 'large: 1000 rows, 50 epochs', tolerance: TOL, weight: 2, args: randomCase(99, 1000, 5, 0.001, 0.01, 50, true) },
  ],
});
