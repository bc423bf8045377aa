import { defineTests, rng } from '../../grader/kit.ts';
import { trainSom } from './reference.ts';

const TOL = { rtol: 1e-10, atol: 1e-12, fields: { bmus: { exact: true } } };

/** A random grid of neurons and inputs; redraws until every best-matching unit is clear (relative gap ≥ 1e-6). */
function randomCase(seed: number, rows: number, cols: number, d: number, nIn: number, eta0: number, sigma0: number, tau: number) {
  const r = rng(seed);
  for (;;) {
    const W0 = Array.from({ length: rows * cols }, () => Array.from({ length: d }, () => r.uniform(-1, 1)));
    const inputs = Array.from({ length: nIn }, () => Array.from({ length: d }, () => r.uniform(-2, 2)));
    const args = [W0, rows, cols, inputs, eta0, sigma0, tau] as const;
    if (trainSom(...args).gaps.every((g) => g >= 1e-6)) return [...args];
  }
}

const W2x2 = [[0, 0], [1, 0], [0, 1], [1, 1]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [W2x2, 2, 2, [[0.9, 0.2], [0.1, 0.8]], 0.5, 1, 2] },
    { name: 'a one-by-one grid', sample: true, tolerance: TOL, args: [[[0, 0]], 1, 1, [[1, 2], [3, -1]], 0.5, 1, 10] },
    { name: 'a tiny radius moves only the winner', tolerance: TOL, args: [W2x2, 2, 2, [[0.8, 0.9], [0.2, 0.1]], 0.4, 0.01, 5] },
    { name: 'a learning rate of 1 puts the winner on the input', tolerance: TOL, args: [W2x2, 2, 2, [[0.3, 0.1]], 1, 0.05, 1] },
    { name: 'a one-dimensional grid', tolerance: TOL, args: [[[0], [1], [2], [3], [4]], 1, 5, [[2.2], [0.1], [3.9]], 0.5, 1.5, 3] },
    { name: 'neighbours along rows and columns', tolerance: TOL, args: [[[0, 0], [1, 0], [2, 0], [0, 1], [1, 1], [2, 1]], 2, 3, [[2.1, 0.9], [0.1, 0.2], [1, 0.4]], 0.6, 1, 4] },
    { name: 'radius and rate decay over the inputs', tolerance: TOL, args: randomCase(3, 3, 3, 2, 12, 0.5, 2, 3) },
    { name: 'a tie goes to the lower neuron', tolerance: TOL, args: [[[0], [2]], 1, 2, [[1]], 0.5, 1, 1] },
    { name: 'no inputs', tolerance: TOL, args: [W2x2, 2, 2, [], 0.5, 1, 2] },
    { name: 'a grid size that does not match W0 throws', expectError: true, args: [W2x2, 3, 2, [[0, 0]], 0.5, 1, 2] },
    { name: 'inputs of another width throw', expectError: true, args: [W2x2, 2, 2, [[0, 0, 0]], 0.5, 1, 2] },
    { name: 'a zero radius throws', expectError: true, args: [W2x2, 2, 2, [[0, 0]], 0.5, 0, 2] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1200 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(1210 + i, r.int(1, 4), r.int(2, 5), r.int(1, 4), r.int(3, 25), [0.3, 0.8, 0.5, 0.1, 1][i]!, [0.5, 1, 2, 3, 1.5][i]!, [2, 10, 5, 50, 1][i]!) };
    }),
    { name: 'large: 10×10 map, 300 inputs', tolerance: TOL, weight: 2, args: randomCase(99, 10, 10, 3, 300, 0.5, 3, 100) },
  ],
});
