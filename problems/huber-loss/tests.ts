import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, n: number, delta: number, outliers = 0.1): [number[], number[], number] {
  const r = rng(seed);
  const y = r.vector(n, -5, 5);
  const p = y.map((v) => v + (r.uniform() < outliers ? r.uniform(-30, 30) : r.normal(0, 1)));
  return [y, p, delta];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[1, 2, 3, 4], [1.5, 2, 6, -1], 1] },
    { name: 'errors exactly at ±δ', sample: true, args: [[0, 0, 0], [2, -2, 1], 2] },
    { name: 'huge δ is half the squared error', args: randomCase(1501, 10, 1e6) },
    { name: 'tiny δ behaves like δ times the absolute error', args: randomCase(1502, 10, 1e-6) },
    { name: 'one large outlier', args: [[1, 1, 1, 1, 1], [1.2, 0.9, 1.1, 101, 1], 1.5] },
    { name: 'perfect predictions', args: [[3, -2, 0.5], [3, -2, 0.5], 1] },
    { name: 'single element', args: [[2], [-1.5], 0.75] },
    { name: 'all errors in the linear region', args: [[0, 0, 0, 0], [5, -6, 7, -8], 0.5] },
    { name: 'length mismatch throws', args: [[1, 2], [1], 1], expectError: true },
    { name: 'δ = 0 throws', args: [[1, 2], [1, 2], 0], expectError: true },
    { name: 'negative δ throws', args: [[1, 2], [1, 2], -1], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(1520 + i);
      return { name: `random ${i + 1}`, args: randomCase(1540 + i, r.int(1, 40), r.uniform(0.2, 4), 0.2) };
    }),
    { name: 'large: 100000 predictions', args: randomCase(1599, 100000, 1.35), weight: 2 },
  ],
});
