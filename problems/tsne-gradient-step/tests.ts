import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-9, atol: 1e-13 };

/** t-SNE's symmetrised Gaussian affinities of random data (per-point bandwidths), and a random embedding. */
function randomCase(seed: number, n: number, d: number, lr: number, dims = 2) {
  const r = rng(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: d }, () => r.normal(0, 2)));
  const cond = X.map((x) => {
    const s2 = 2 * r.uniform(0.5, 3) ** 2;
    const w = X.map((z) => (z === x ? 0 : Math.exp(-x.reduce((s, v, t) => s + (v - z[t]!) ** 2, 0) / s2)));
    const tot = w.reduce((a, b) => a + b, 0);
    return w.map((v) => v / tot);
  });
  const P = cond.map((row, i) => row.map((v, j) => (i === j ? 0 : (v + cond[j]![i]!) / (2 * n))));
  const Y = Array.from({ length: n }, () => Array.from({ length: dims }, () => r.normal(0, 1)));
  return [P, Y, lr];
}

const P3 = [[0, 0.25, 0.125], [0.25, 0, 0.125], [0.125, 0.125, 0]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, args: [P3, [[0, 0], [1, 0], [0, 1]], 1] },
    { name: 'P equal to Q gives a zero gradient', sample: true, tolerance: TOL, args: [[[0, 0.1875, 0.1875], [0.1875, 0, 0.125], [0.1875, 0.125, 0]], [[0, 0], [1, 0], [0, 1]], 0.5] },
    { name: 'two points', tolerance: TOL, args: [[[0, 0.5], [0.5, 0]], [[0], [2]], 10] },
    { name: 'a one-dimensional embedding', tolerance: TOL, args: randomCase(3, 6, 3, 2, 1) },
    { name: 'coincident embedding points', tolerance: TOL, args: [P3, [[0, 0], [0, 0], [1, 1]], 1] },
    { name: 'P not summing to 1 throws', expectError: true, args: [[[0, 0.4], [0.4, 0]], [[0], [1]], 1] },
    { name: 'an asymmetric P throws', expectError: true, args: [[[0, 0.6], [0.4, 0]], [[0], [1]], 1] },
    { name: 'a nonzero diagonal throws', expectError: true, args: [[[0.2, 0.4], [0.4, 0]], [[0], [1]], 1] },
    { name: 'a zero learning rate throws', expectError: true, args: [[[0, 0.5], [0.5, 0]], [[0], [1]], 0] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3900 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(3910 + i, r.int(3, 25), r.int(1, 6), [1, 10, 100, 0.5, 200][i]!) };
    }),
    { name: 'large: 150 points', tolerance: TOL, weight: 2, args: randomCase(99, 150, 8, 100) },
  ],
});
