import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-12, atol: 1e-12 };

function randomCase(seed: number, n: number, m: number, d: number, outliers: boolean) {
  const r = rng(seed);
  const loc = Array.from({ length: d }, () => r.uniform(-50, 50));
  const sc = Array.from({ length: d }, () => r.uniform(0.5, 20));
  const row = () => loc.map((l, j) => l + sc[j]! * r.normal() * (outliers && r.uniform() < 0.1 ? 30 : 1));
  return [Array.from({ length: n }, row), Array.from({ length: m }, row)];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [[[1, 10], [2, 20], [3, 30], [4, 40], [100, 50]], [[2.5, 0], [-1, 60]]] },
    { name: 'an even number of rows', sample: true, tolerance: TOL, args: [[[1], [2], [4], [7]], [[3], [10]]] },
    { name: 'a constant column keeps scale 1', tolerance: TOL, args: [[[5, 1], [5, 2], [5, 3]], [[5, 2], [7, 2]]] },
    { name: 'a huge outlier does not move the statistics', tolerance: TOL, args: [[[1], [2], [3], [4], [5], [1e9]], [[3]]] },
    { name: 'one training row', tolerance: TOL, args: [[[4, -2]], [[5, -3]]] },
    { name: 'quantiles between order statistics', tolerance: TOL, args: [[[0], [10], [20], [30], [40], [50]], [[15]]] },
    { name: 'test statistics do not leak', tolerance: TOL, args: [[[1], [2], [3]], [[100], [200], [300], [400]]] },
    { name: 'no test rows', tolerance: TOL, args: [[[1, 2], [3, 5]], []] },
    { name: 'an empty training set throws', expectError: true, args: [[], [[1]]] },
    { name: 'rows of different widths throw', expectError: true, args: [[[1, 2], [3]], []] },
    { name: 'a NaN throws', expectError: true, args: [[[1], [NaN]], []] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2700 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(2710 + i, r.int(2, 40), r.int(0, 10), r.int(1, 5), i % 2 === 0) };
    }),
    { name: 'large: 3000 rows, 8 features', tolerance: TOL, weight: 2, args: randomCase(99, 3000, 500, 8, true) },
  ],
});
