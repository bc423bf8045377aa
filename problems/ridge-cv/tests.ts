import { defineTests, rng } from '../../grader/kit.ts';
import { ridgeCV } from './reference.ts';

/** Noisy linear data with a few relevant features; redraws until the best alpha wins by a relative 1e-6. */
function randomCase(seed: number, n: number, d: number, K: number, offset = 0) {
  const r = rng(seed);
  for (;;) {
    const X = r.matrix(n, d, -2, 2).map((row) => row.map((v) => v + offset));
    const w = Array.from({ length: d }, (_, j) => (j < 2 ? r.uniform(-2, 2) : r.uniform(-0.2, 0.2)));
    const y = X.map((row) => row.reduce((s, x, j) => s + x * w[j]!, 3) + r.normal(0, 1));
    const folds = Array.from({ length: n }, (_, i) => i % K);
    const alphas = [0.01, 0.1, 1, 3, 10, 30, 100].slice(0, r.int(3, 7));
    const { valMse, bestIndex } = ridgeCV(X, y, alphas, folds);
    const second = Math.min(...valMse.filter((_, i) => i !== bestIndex));
    if (second - valMse[bestIndex]! > 1e-6 * second) return [X, y, alphas, folds];
  }
}

const X6 = [[0], [1], [2], [3], [4], [5]];
const y6 = [0.1, 1.2, 1.9, 3.2, 3.9, 5.1];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [X6, y6, [0, 1, 10], [0, 1, 2, 0, 1, 2]] },
    { name: 'eight noisy features', sample: true, args: randomCase(10100, 24, 8, 4) },
    { name: 'a duplicated alpha ties', args: [X6, y6, [5, 0.5, 0.5, 2], [0, 1, 2, 0, 1, 2]] },
    { name: 'folds of different sizes', args: [X6, y6, [0.1, 1, 10], [0, 0, 0, 0, 1, 1]] },
    { name: 'leave-one-out', args: [X6, y6, [0, 0.3, 3], [0, 1, 2, 3, 4, 5]] },
    { name: 'a single alpha', args: [X6, y6, [2], [1, 0, 1, 0, 1, 0]] },
    { name: 'unsorted alphas', args: randomCase(10101, 30, 5, 5).map((v, i) => (i === 2 ? [30, 0.1, 3, 1] : v)) },
    { name: 'more features than training rows with a penalty', args: [[[1, 2, 0], [0, 1, 3], [2, 0, 1], [1, 1, 1]], [1, 2, 3, 2], [0.5, 5], [0, 0, 1, 1]] },
    { name: 'features with a large offset', args: randomCase(10102, 20, 3, 4, 100) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(10200 + i);
      return { name: `random ${i + 1}`, args: randomCase(10300 + i, r.int(12, 60), r.int(1, 8), r.int(2, 6)) };
    }),
    { name: 'large: 2000 rows, 20 features, 10 folds', args: randomCase(10400, 2000, 20, 10), weight: 2 },
    { name: 'alpha 0 with a rank-deficient split throws', expectError: true, args: [[[1, 2, 0], [0, 1, 3], [2, 0, 1], [1, 1, 1]], [1, 2, 3, 2], [0], [0, 0, 1, 1]] },
    { name: 'a duplicated feature with alpha 0 throws', expectError: true, args: [[[1, 1], [2, 2], [3, 3], [4, 4]], [1, 2, 3, 4], [1, 0], [0, 1, 0, 1]] },
    { name: 'a single fold throws', expectError: true, args: [X6, y6, [1], [0, 0, 0, 0, 0, 0]] },
    { name: 'an unused fold id throws', expectError: true, args: [X6, y6, [1], [0, 2, 0, 2, 0, 2]] },
    { name: 'a negative alpha throws', expectError: true, args: [X6, y6, [-1], [0, 1, 0, 1, 0, 1]] },
    { name: 'mismatched folds throw', expectError: true, args: [X6, y6, [1], [0, 1, 0]] },
    { name: 'empty alphas throw', expectError: true, args: [X6, y6, [], [0, 1, 0, 1, 0, 1]] },
  ],
});
