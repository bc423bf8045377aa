import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };

function randomCase(seed: number, n: number, p: number, K: number, lr: number, iters: number, logitScale = 1) {
  const r = rng(seed);
  const centres = Array.from({ length: K }, () => Array.from({ length: p }, () => r.uniform(-2, 2)));
  const y = Array.from({ length: n }, () => r.int(0, K - 1));
  const X = y.map((c) => centres[c]!.map((v) => v + r.normal(0, 1)));
  const W0 = Array.from({ length: p }, () => Array.from({ length: K }, () => r.normal(0, 0.1 * logitScale)));
  const b0 = Array.from({ length: K }, () => r.normal(0, 0.1 * logitScale));
  return [X, y, W0, b0, lr, iters];
}

const X4 = [[1, 0], [0, 1], [-1, 0], [0, -1]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [X4, [0, 1, 2, 2], [[0, 0, 0], [0, 0, 0]], [0, 0, 0], 0.5, 2] },
    { name: 'no iterations', sample: true, tolerance: TOL, args: [X4, [0, 1, 2, 2], [[0.1, 0, 0], [0, 0.2, 0]], [0, 0, 0.1], 0.5, 0] },
    { name: 'a class absent from the labels still gets gradient', tolerance: TOL, args: [X4, [0, 0, 1, 1], [[0, 0, 0], [0, 0, 0]], [0, 0, 0], 0.3, 3] },
    { name: 'logits around 1000 need the max shift', tolerance: TOL, args: [[[1, 0], [0, 1]], [0, 1], [[1000, 999], [998, 1001]], [0, 0], 0.1, 2] },
    { name: 'two classes', tolerance: TOL, args: randomCase(3, 20, 2, 2, 0.2, 10) },
    { name: 'one row', tolerance: TOL, args: [[[2, -1]], [1], [[0, 0], [0, 0]], [0, 0], 1, 3] },
    { name: 'a label of K or more throws', expectError: true, args: [X4, [0, 1, 3, 2], [[0, 0, 0], [0, 0, 0]], [0, 0, 0], 0.5, 2] },
    { name: 'a W0 of the wrong shape throws', expectError: true, args: [X4, [0, 1, 2, 2], [[0, 0, 0]], [0, 0, 0], 0.5, 2] },
    { name: 'a zero learning rate throws', expectError: true, args: [X4, [0, 1, 2, 2], [[0, 0, 0], [0, 0, 0]], [0, 0, 0], 0, 2] },
    { name: 'a negative iteration count throws', expectError: true, args: [X4, [0, 1, 2, 2], [[0, 0, 0], [0, 0, 0]], [0, 0, 0], 0.5, -1] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3200 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(3210 + i, r.int(5, 40), r.int(1, 5), r.int(2, 5), [0.1, 0.5, 1, 0.05, 0.3][i]!, r.int(1, 40)) };
    }),
    { name: 'large: 300 rows, 6 features, 5 classes, 100 steps', tolerance: TOL, weight: 2, args: randomCase(99, 300, 6, 5, 0.2, 100) },
  ],
});
