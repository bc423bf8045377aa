import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-12, atol: 1e-12 };

function randomCase(seed: number, n: number, nCats: number, K: number, nTest: number, binary: boolean) {
  const r = rng(seed);
  const effect = Array.from({ length: nCats }, () => r.normal(0, 2));
  const trainCats = Array.from({ length: n }, () => r.int(0, nCats - 1) * 3);
  const y = trainCats.map((c) => (binary ? (r.uniform() < 1 / (1 + Math.exp(-effect[c / 3]!)) ? 1 : 0) : effect[c / 3]! + r.normal()));
  const folds = Array.from({ length: n }, (_, i) => i % K);
  const testCats = Array.from({ length: nTest }, () => r.int(0, nCats) * 3);
  return [trainCats, y, testCats, folds];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [[1, 1, 2, 2, 1, 2], [10, 20, 5, 7, 30, 9], [1, 2, 3], [0, 1, 0, 1, 0, 1]] },
    { name: 'a category present in one fold only', sample: true, tolerance: TOL, args: [[4, 4, 8, 8, 9], [1, 3, 5, 7, 100], [9, 4], [0, 1, 0, 1, 0]] },
    { name: 'an unseen test category gets the global mean', tolerance: TOL, args: [[1, 2, 1, 2], [2, 4, 6, 8], [7, 8], [0, 0, 1, 1]] },
    { name: 'binary targets', tolerance: TOL, args: randomCase(3, 30, 4, 3, 8, true) },
    { name: 'the fallback uses the other folds only', tolerance: TOL, args: [[0, 0, 5, 0, 0], [2, 4, 50, 6, 8], [5], [0, 1, 2, 1, 0]] },
    { name: 'fold ids need not be contiguous', tolerance: TOL, args: [[0, 0, 1, 1, 0, 1], [1, 2, 3, 4, 5, 6], [0, 1], [7, 3, 7, 3, 11, 11]] },
    { name: 'a single fold throws', expectError: true, args: [[1, 2], [1, 2], [1], [0, 0]] },
    { name: 'a fold list of the wrong length throws', expectError: true, args: [[1, 2, 3], [1, 2, 3], [1], [0, 1]] },
    { name: 'a non-integer category throws', expectError: true, args: [[1, 2.5], [1, 2], [1], [0, 1]] },
    { name: 'no training rows throws', expectError: true, args: [[], [], [1], []] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2800 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(2810 + i, r.int(6, 60), r.int(2, 8), r.int(2, 5), r.int(1, 10), i % 2 === 1) };
    }),
    { name: 'large: 5000 rows, 50 categories, 5 folds', tolerance: TOL, weight: 2, args: randomCase(99, 5000, 50, 5, 1000, false) },
  ],
});
