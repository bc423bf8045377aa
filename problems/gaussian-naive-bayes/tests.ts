import { defineTests, rng } from '../../grader/kit.ts';
import { gaussianNB as reference } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-9, fields: { classes: { exact: true }, pred: { exact: true } } };

/** Gaussian blobs per class; test points are redrawn until the top two classes differ by >= 1e-6. */
function randomCase(seed: number, n: number, m: number, d: number, labels: number[], vs: number, offset = 0) {
  const r = rng(seed);
  const centres = labels.map(() => r.vector(d, -3, 3));
  const scales = labels.map(() => r.vector(d, 0.5, 2));
  const weights = labels.map(() => r.uniform(0.2, 1));
  const wsum = weights.reduce((a, b) => a + b, 0);
  const draw = () => { let u = r.uniform(0, wsum); for (let c = 0; c < labels.length; c++) { u -= weights[c]!; if (u <= 0) return c; } return labels.length - 1; };
  // every class gets at least two rows, so no class variance is degenerate
  const idx = [...Array.from({ length: n }, draw), ...labels.map((_, c) => c), ...labels.map((_, c) => c)];
  const X = idx.map((c) => centres[c]!.map((mu, j) => offset + mu + scales[c]![j]! * r.normal()));
  const y = idx.map((c) => labels[c]!);
  const Xtest: number[][] = [];
  while (Xtest.length < m) {
    const q = Array.from({ length: d }, () => offset + r.uniform(-6, 6));
    const lj = reference(X, y, [q], vs).logJoint[0]!.slice().sort((a, b) => b - a);
    if (lj.length < 2 || lj[0]! - lj[1]! >= 1e-6) Xtest.push(q);
  }
  return [X, y, Xtest, vs];
}

export default defineTests({
  cases: [
    { name: 'one feature, two classes', sample: true, tolerance: TOL, args: [[[1], [3], [6], [8]], [0, 0, 1, 1], [[4], [20]], 0.01] },
    { name: 'two features, three classes', sample: true, tolerance: TOL, args: [[[1, 2], [2, 1], [1.5, 1.8], [6, 6], [7, 5.5], [6.5, 7], [0, 8], [1, 9]], [0, 0, 0, 1, 1, 1, 2, 2], [[1.2, 1.5], [6, 7], [0.5, 7.5], [3.5, 4]], 1e-9] },
    { name: 'point 40 sigma away stays finite', tolerance: TOL, args: [[[-1], [1], [9], [11]], [0, 0, 1, 1], [[41], [-60]], 1e-9] },
    { name: 'zero variance inside a class', tolerance: TOL, args: [[[2, 1], [2, 3], [5, 4], [6, 8]], [0, 0, 1, 1], [[2, 2], [5.5, 6]], 1e-9] },
    { name: 'one sample per class', tolerance: TOL, args: [[[0, 0], [4, 1], [1, 5]], [1, 2, 3], [[0.5, 0.5], [3, 2], [1, 4]], 0.05] },
    { name: 'imbalanced priors', tolerance: TOL, args: [[[0], [0.5], [-0.5], [1], [-1], [0.2], [3], [3.4]], [0, 0, 0, 0, 0, 0, 1, 1], [[1.5], [2.5], [0]], 0.001] },
    { name: 'non-contiguous, unsorted labels', tolerance: TOL, args: [[[5, 1], [6, 2], [0, 0], [1, -1], [-5, 4], [-6, 5]], [42, 42, -3, -3, 10, 10], [[5, 2], [0, 1], [-5, 5]], 0.01] },
    { name: 'exact tie goes to the smaller class', tolerance: TOL, args: [[[-2], [0], [0], [2]], [7, 7, 4, 4], [[0]], 0.1] },
    { name: 'large smoothing', tolerance: TOL, args: [[[1, 10], [2, 30], [3, 20], [6, 40], [7, 60], [8, 50]], [0, 0, 0, 1, 1, 1], [[4, 35], [9, 10]], 0.5] },
    { name: 'empty test set', tolerance: TOL, args: [[[1], [2], [4]], [0, 1, 1], [], 1e-9] },
    { name: 'large feature offset', tolerance: TOL, args: randomCase(77, 30, 6, 2, [0, 1], 1e-9, 1e6) },
    { name: 'zero variance without smoothing throws', expectError: true, args: [[[2, 1], [2, 3], [5, 4], [6, 8]], [0, 0, 1, 1], [[2, 2]], 0] },
    { name: 'all features constant throws', expectError: true, args: [[[3, 3], [3, 3], [3, 3]], [0, 1, 1], [[3, 3]], 1e-9] },
    { name: 'negative smoothing throws', expectError: true, args: [[[1], [2]], [0, 1], [[1]], -1] },
    { name: 'empty training set throws', expectError: true, args: [[], [], [[1]], 1e-9] },
    { name: 'label count mismatch throws', expectError: true, args: [[[1, 2], [2, 3], [4, 1]], [0, 1], [[1, 1]], 1e-9] },
    { name: 'ragged training rows throw', expectError: true, args: [[[1, 2], [2], [4, 1]], [0, 1, 1], [[1, 1]], 1e-9] },
    { name: 'test dimension mismatch throws', expectError: true, args: [[[1, 2], [2, 3]], [0, 1], [[1]], 1e-9] },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(1500 + i);
      const labels = i % 2 ? [0, 1, 2] : [-1, 5];
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(1600 + i, r.int(6, 40), r.int(2, 10), r.int(1, 5), labels, [1e-9, 0.01, 0.1][i % 3]!) };
    }),
    { name: 'large: 2000 rows, 10 features, 4 classes', tolerance: TOL, args: randomCase(5150, 2000, 400, 10, [0, 1, 2, 3], 1e-9), weight: 2 },
  ],
});
