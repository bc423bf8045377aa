import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-8, atol: 1e-9 };

function randomCase(seed: number, n: number, d: number, B: number, nTest: number, offset = 0) {
  const r = rng(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: d }, () => offset + r.uniform(-3, 3)));
  const w = Array.from({ length: d }, () => r.normal(0, 2));
  const y = X.map((row) => 1.5 + row.reduce((a, v, j) => a + w[j]! * (v - offset), 0) + r.normal(0, 0.5));
  const bootstraps = Array.from({ length: B }, () => Array.from({ length: n }, () => r.int(0, n - 1)));
  const Xtest = Array.from({ length: nTest }, () => Array.from({ length: d }, () => offset + r.uniform(-4, 4)));
  return [X, y, bootstraps, Xtest];
}

const X5 = [[0], [1], [2], [3], [4]];
const y5 = [1, 3, 2, 5, 4];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, nanEqual: true, args: [X5, y5, [[0, 1, 1, 3, 4], [0, 2, 2, 3, 3]], [[5], [-1]]] },
    { name: 'one model', sample: true, tolerance: TOL, nanEqual: true, args: [X5, y5, [[0, 1, 1, 3, 3]], [[2.5]]] },
    { name: 'repeated indices weigh the fit', tolerance: TOL, nanEqual: true, args: [X5, y5, [[0, 0, 0, 4, 2], [1, 3, 3, 3, 4]], [[1.5]]] },
    { name: 'a row drawn by every model', tolerance: TOL, nanEqual: true, args: [X5, y5, [[0, 1, 2, 2, 4], [0, 3, 3, 4, 2], [0, 2, 1, 1, 3]], [[0.5]]] },
    { name: 'no out-of-bag rows at all', tolerance: TOL, nanEqual: true, args: [X5, y5, [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0]], [[3]]] },
    { name: 'two features', tolerance: TOL, nanEqual: true, args: randomCase(3, 12, 2, 4, 5) },
    { name: 'features far from zero', tolerance: TOL, nanEqual: true, args: randomCase(4, 20, 2, 5, 5, 10) },
    { name: 'a singular bootstrap design throws', expectError: true, args: [X5, y5, [[2, 2, 2, 2, 2]], [[1]]] },
    { name: 'an index outside the rows throws', expectError: true, args: [X5, y5, [[0, 5]], [[1]]] },
    { name: 'no bootstrap samples throws', expectError: true, args: [X5, y5, [], [[1]]] },
    { name: 'target count mismatch throws', expectError: true, args: [X5, [1, 2], [[0, 1]], [[1]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(300 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, nanEqual: true, args: randomCase(310 + i, r.int(10, 40), r.int(1, 4), r.int(1, 12), r.int(1, 10)) };
    }),
    { name: 'large: 50 models on 400 rows', tolerance: TOL, nanEqual: true, weight: 2, args: randomCase(77, 400, 5, 50, 100) },
  ],
});
